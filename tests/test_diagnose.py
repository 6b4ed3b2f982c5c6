"""The Playground's "Diagnose this run" exercise: the case file, each case's fault and fix in the
engine's numbers, and the page through AppTest (every case in every language, the answer, the
fixed-run link, the score, Next case, a hostile case= link)."""

from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from tests.apptest import open_page
from ui.diagnose_cases import CASE_FILE, CaseFileError, check_case, load_cases, read_cases
from ui.diagnose_data import case_ids
from ui.schema import CHOICES, known
from ui.text import LANGUAGES, t

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


# ---- the page -----------------------------------------------------------------------------------


def diagnose(**params):
    return open_page("playground", exercise="diagnose", **params)


def shown_case(app) -> str:
    return app.selectbox(key="case_choice").value


def test_the_exercise_opens_on_the_first_case_without_the_playgrounds_controls():
    app = diagnose()
    assert not app.exception
    assert app.title[0].value == t("dg.title")
    assert shown_case(app) == IDS[0]
    assert [chart.proto.id.rsplit("-", 1)[-1] for chart in app.get("plotly_chart")] == [
        "diagnose_run"
    ]
    keys = {widget.key for widget in app.selectbox}
    assert "optimizer_choice" not in keys and "surface_choice" not in keys
    assert not [n for n in app.number_input if n.key in ("lr", "steps")]
    (radio,) = app.radio
    assert radio.value is None, "no answer chosen for the student"


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_case_in_every_language(case, lang):
    app = diagnose(case=case.id, lang=lang)
    assert not app.exception, app.exception
    assert shown_case(app) == case.id
    assert app.title[0].value == t("dg.title", lang)
    texts = [m.value for m in app.markdown]
    assert any(case.text("question", lang) in text for text in texts)
    assert app.radio[0].options == [choice.label(lang) for choice in case.choices]
    assert app.get("plotly_chart"), "the broken run is drawn"


def button(app, label_key: str):
    return next(button for button in app.button if button.label == t(label_key))


def answer(app, case, index):
    app.radio(key=f"diagnose_answer_{case.id}").set_value(index).run()
    button(app, "dg.check").click().run()
    assert not app.exception
    return app


def test_the_right_answer_shows_the_explanation_the_fixed_run_and_the_score():
    case = CASES[4]
    app = answer(diagnose(case=case.id), case, case.answer)
    assert [s.value for s in app.success] == [t("dg.right")]
    assert any(case.text("explanation") in m.value for m in app.markdown)
    (link,) = [p for p in app.get("page_link") if p.proto.label == t("dg.fixed_link")]
    assert link.proto.page == "playground"
    query = dict(parse_qsl(link.proto.query_string))
    assert query == {**case.fixed.link_params(), "fresh": "1"}
    assert query["convention"] == "pytorch" and query["formula"] == "0.001*(x^2 + 4*y^2)"
    assert any(c.value == t("dg.score", right=1, total=1) for c in app.caption)
    assert app.radio[0].disabled, "the answer is locked once checked"
    # the link shows the case, nothing about the answer
    assert set(app.query_params) <= {"exercise", "case"}, dict(app.query_params)


def test_a_wrong_answer_says_so_and_names_the_cause():
    case = CASES[0]
    wrong = next(i for i in range(len(case.choices)) if i != case.answer)
    app = answer(diagnose(case=case.id), case, wrong)
    assert not app.success
    (message,) = [e.value for e in app.error]
    assert message == t("dg.wrong", answer=case.choices[case.answer].label())
    assert any(case.text("explanation") in m.value for m in app.markdown)
    assert any(c.value == t("dg.score", right=0, total=1) for c in app.caption)


def test_next_case_moves_on_keeps_the_score_and_comes_round_again():
    app = answer(diagnose(case=IDS[0]), CASES[0], CASES[0].answer)
    button(app, "dg.next").click().run()
    assert not app.exception
    assert shown_case(app) == IDS[1] and app.query_params["case"] == IDS[1]
    assert app.radio[0].value is None and not app.success
    assert any(c.value == t("dg.score", right=1, total=1) for c in app.caption)
    last = diagnose(case=IDS[-1])
    button(last, "dg.next").click().run()
    assert shown_case(last) == IDS[0]


@pytest.mark.parametrize("bad", ["../../etc", "<script>alert(1)</script>", "", "SGD_BLOWS_UP!"])
def test_a_bad_case_in_the_link_gets_the_note_and_the_first_case(bad):
    app = diagnose(case=bad)
    assert not app.exception
    assert shown_case(app) == IDS[0]
    notes = [c.value for c in app.caption if c.value.startswith(":orange[⚠") and "case=" in c.value]
    assert notes, [c.value for c in app.caption]


def test_presenter_mode_draws_the_exercise():
    case = CASES[-1]
    app = answer(diagnose(case=case.id, present="1"), case, case.answer)
    assert app.get("plotly_chart") and [s.value for s in app.success] == [t("dg.right")]
    assert app.query_params.get("present") == "1"
