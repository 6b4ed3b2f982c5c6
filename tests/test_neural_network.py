"""The Neural network page through AppTest."""

import time

import pytest

from optim_core import NETWORK_OPTIMIZERS
from tests.apptest import open_page
from ui import runs


def accuracies(app) -> list[float]:
    return [float(m.value.rstrip("%")) for m in app.metric if m.label == "Test accuracy"]


def test_default_run_is_seed_003_and_reaches_95_percent_within_3_seconds():
    runs.training_store().entries.clear()  # a fresh server: nothing trained yet
    start = time.perf_counter()
    app = open_page("neural_network")
    elapsed = time.perf_counter() - start
    assert not app.exception
    assert accuracies(app) and accuracies(app)[0] >= 95.0
    assert elapsed <= 3.0, f"the default run took {elapsed:.2f} s"
    assert any("got wrong" in h.value for h in app.subheader)
    assert len(app.get("plotly_chart")) == 2  # loss and accuracy curves


@pytest.mark.parametrize("optimizer", list(NETWORK_OPTIMIZERS))
def test_every_optimizer_trains(optimizer):
    flavours = NETWORK_OPTIMIZERS[optimizer].flavours
    convention = "keras" if "keras" in flavours else "pytorch"  # the page's default if it can
    app = open_page(
        "neural_network", optimizers=optimizer, convention=convention, epochs=3, hidden=64
    )
    assert not app.exception
    assert len(accuracies(app)) == 1 and 0 <= accuracies(app)[0] <= 100


def test_an_optimizer_the_framework_lacks_is_refused_and_the_others_train():
    app = open_page("neural_network", optimizers="rmsprop,muon,radam", epochs=2, hidden=64)
    assert not app.exception
    assert len(accuracies(app)) == 1  # rmsprop: Keras 3 has neither Muon nor RAdam
    warnings = " ".join(w.value for w in app.warning)
    assert "Muon has no Keras 3 version" in warnings and "RAdam has no Keras 3 version" in warnings
    assert "It is in PyTorch." in warnings


def test_muon_trains_the_hidden_layer_and_says_why_it_is_only_here():
    app = open_page("neural_network", optimizers="muon", convention="pytorch", epochs=3)
    assert not app.exception and accuracies(app)[0] > 80
    captions = " ".join(c.value for c in app.caption)
    assert "A point on a 2-D surface has no matrix to orthogonalize" in captions


def test_four_optimizers_from_one_start():
    app = open_page("neural_network", optimizers="rmsprop,adam,sgd,momentum", epochs=5)
    assert not app.exception and len(accuracies(app)) == 4


def test_bad_link_values_give_notes():
    app = open_page("neural_network", epochs="1000", batch="7", optimizers="rmsprop,bogus")
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert (
        "epochs=" in captions and "batch=" in captions and "'bogus' is not an optimizer" in captions
    )


def test_the_server_uses_one_blas_thread():
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def suggested_links(app) -> list[str]:
    """The range test's suggestions: links to this page with one run's η set."""
    return [element.proto.query_string for element in app.get("page_link")]


def test_the_range_tests_optimizer_is_kept_in_the_link():
    """Which run's optimizer the range test tries is in the link (``range_optimizer``), as every
    other choice is; one that is not among the page's runs is said so under the choice, and the
    first run's optimizer is tested."""
    fast = {"epochs": "1", "hidden": "32", "optimizers": "sgd,adam", "range_test": "true"}
    app = open_page("neural_network", **fast, range_optimizer="adam")
    assert not app.exception
    (picked,) = [box for box in app.selectbox if box.key == "range_optimizer_choice"]
    assert picked.value == "adam"
    assert suggested_links(app) and all("lr_adam=" in link for link in suggested_links(app))

    picked.select("sgd").run()
    assert app.query_params.get("range_optimizer") in ("sgd", None)  # the default: may be tidied
    assert suggested_links(app) and all("lr_sgd=" in link for link in suggested_links(app))

    refused = open_page("neural_network", **fast, range_optimizer="muon")  # not one of the runs
    assert not refused.exception
    (picked,) = [box for box in refused.selectbox if box.key == "range_optimizer_choice"]
    assert picked.value == "sgd"
    assert any("range_optimizer" in caption.value and "⚠" in caption.value
               for caption in refused.caption)  # fmt: skip
