"""The Playground's "Diagnose this run" exercise: the case file and each case's fault and fix in
the engine's numbers."""

from pathlib import Path

import pytest

from ui.diagnose_cases import CASE_FILE, CaseFileError, check_case, load_cases, read_cases
from ui.diagnose_data import case_ids
from ui.schema import CHOICES, known

CASES = load_cases()
IDS = [case.id for case in CASES]


# ---- the data file ------------------------------------------------------------------------------


def test_the_shipped_file_has_the_lessons_cases():
    assert len(CASES) >= 8
    assert len(set(IDS)) == len(IDS)
    assert case_ids() == tuple(IDS) == CHOICES["case"] and known("case")
    checks = {case.check for case in CASES}
    assert checks >= {"diverges", "crawls", "stalls", "jitters", "slow_near_minimum",
                      "slow_start", "overshoots", "stuck_at_saddle"}  # fmt: skip
    assert len({case.answer for case in CASES}) > 1, "the right answer is not always in one place"
    assert all(3 <= len(case.choices) <= 4 for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_broken_run_shows_its_fault_and_the_fixed_run_is_rid_of_it(case):
    evidence = check_case(case)
    assert evidence.holds, f"{case.id} ({case.check}): {evidence.numbers}"


GOOD_CASE = CASE_FILE.read_text(encoding="utf-8").split("# ---- 2.")[0]


def broken_file(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD_CASE
    path = tmp_path / "cases.toml"
    path.write_text(GOOD_CASE.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_first_case_alone_is_a_valid_file(tmp_path):
    (case,) = read_cases(broken_file(tmp_path, "steps = 50", "steps = 50"))
    assert case.id == "sgd_blows_up"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('title.zh_hant = "SGD 在橢圓上越跳越遠"\n', "",
         "case 'sgd_blows_up': title.zh_hant is missing"),
        ("[[case.choice]]\ntext.en", "[[case.choice]]\ncorrect = true\ntext.en",
         "case 'sgd_blows_up': choice: exactly one"),
        ("lr = 0.6", "lr = 0.6\ngamma = 0.9",
         "case 'sgd_blows_up': run.gamma: sgd (pytorch) has no gamma"),
        ("lr = 0.6", "lr = -1", "case 'sgd_blows_up': run.lr: the Playground refuses -1"),
        ('optimizer = "sgd"\nlr = 0.6', 'optimizer = "radam"\nconvention = "tf1"\nlr = 0.6',
         "case 'sgd_blows_up': run: radam has no tf1 version"),
        ('surface = "ellipse"\noptimizer = "sgd"\nlr = 0.6',
         'surface = "custom"\nformula = "x + os.system(1)"\noptimizer = "sgd"\nlr = 0.6',
         "case 'sgd_blows_up': run.formula"),
        ('check = "diverges"', 'check = "explodes"', "case 'sgd_blows_up': check 'explodes'"),
        ('id = "sgd_blows_up"', 'id = "../../etc"', "case 1: id '../../etc'"),
        ("steps = 50", "steps = 50\nsteps_typo = 3", "case 'sgd_blows_up': run: unknown keys"),
    ],
    ids=["missing_language", "two_correct", "foreign_hyper", "refused_value", "no_such_flavour",
         "bad_formula", "unknown_check", "bad_id", "unknown_key"],
)  # fmt: skip
def test_a_broken_file_gets_an_error_naming_case_and_field(tmp_path, old, new, message):
    with pytest.raises(CaseFileError) as refused:
        read_cases(broken_file(tmp_path, old, new))
    assert message in str(refused.value), str(refused.value)


def test_a_run_the_engine_refuses_is_named(tmp_path, monkeypatch):
    # every value the Playground's link takes is one the engine runs; this stands for an engine
    # that changes its mind about one
    import ui.diagnose_cases as cases

    def refuse(run):
        raise ValueError("no such run")

    monkeypatch.setattr(cases, "engine_run", refuse)
    with pytest.raises(CaseFileError, match="case 'sgd_blows_up': run: the engine refuses"):
        read_cases(broken_file(tmp_path, "steps = 50", "steps = 50"))


def test_two_cases_with_one_id_and_an_unreadable_file(tmp_path):
    path = tmp_path / "cases.toml"
    path.write_text(GOOD_CASE + "\n# ---- 1." + GOOD_CASE.split("# ---- 1.")[1], encoding="utf-8")
    with pytest.raises(CaseFileError, match="case 'sgd_blows_up': id used twice"):
        read_cases(path)
    path.write_text("[[case]\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match="cannot be read"):
        read_cases(path)
