"""The combiner: one probability per code from the model and the note's named diagnoses, and the tiers from it."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from coder_assist.cases import Case, Note, Patient
from coder_assist.errors import UserError
from coder_assist.mentions.assertion import Status
from coder_assist.mentions.finder import Alternative, Mention
from coder_assist.runtime.combiner import FEATURES, Combiner, candidate_features
from coder_assist.training.calibrate import Candidates, _missed_cut, _suggest_cut, fit_combiner, fit_logistic

COLUMN = {name: i for i, name in enumerate(FEATURES)}


def mention(code: str, status: Status = Status.CURRENT, section: str = "conclusion") -> Mention:
    return Mention(code, 0, 5, status, None, section, "name")


def test_features_say_how_the_note_names_each_code():
    codes, features, _ = candidate_features(
        np.array([0.9, 0.2]), ["DJ189", "DI109"], np.array([100, 50]),
        [mention("DJ189"), mention("DJ189", section="course"), mention("DI109", Status.NEGATED),
         mention("DN109C", Status.EARLIER), mention("DJ180", section="history")],
    )  # fmt: skip
    assert codes == ["DJ189", "DI109", "DN109C", "DJ180"]  # the label space first, then named codes
    row = {code: dict(zip(FEATURES, features[i], strict=True)) for i, code in enumerate(codes)}
    assert row["DJ189"]["named"] == pytest.approx(np.log1p(2)) and row["DJ189"]["named_key"] == 1
    assert row["DJ189"]["model_logit"] == pytest.approx(np.log(0.9 / 0.1))
    assert row["DI109"]["negated_not_current"] == 1 and row["DI109"]["named"] == 0
    assert row["DN109C"]["unknown"] == 1 and row["DN109C"]["earlier_not_current"] == 1
    assert row["DJ180"]["named_history_only"] == 1 and row["DJ180"]["named_key"] == 0
    assert row["DI109"]["sibling_named"] == 0 and row["DJ189"]["prior"] == pytest.approx(np.log(101))
    # A named code the model does not know borrows what the model says of its category.
    assert row["DJ180"]["category_logit"] == pytest.approx(np.log(0.9 / 0.1))
    assert row["DN109C"]["category_logit"] == 0 and row["DJ189"]["category_logit"] == 0


def test_a_code_never_named_as_current_counts_each_way_it_is_named():
    found = [mention("DS720", Status.NEGATED, "history"), mention("DS720", Status.FAMILY, "family")]
    _, features, _ = candidate_features(np.array([0.9]), ["DS720"], np.array([100]), found)
    row = dict(zip(FEATURES, features[0], strict=True))
    assert row["negated_not_current"] == 1 and row["family_not_current"] == 1 and row["named"] == 0


def test_more_specific_codes_a_naming_leaves_open_are_candidates():
    named = [mention("DF103")]
    alternatives = {
        "DF1031": Alternative("DF1031", "DF103", 1.0, 2),
        "DF1030": Alternative("DF1030", "DF103", 0.0, 2),
        "DF103": Alternative("DF103", "DF109", 0.5, 30),  # named itself: no alternative
    }
    codes, features, _ = candidate_features(np.array([0.3]), ["DF1030"], np.array([10]), named, alternatives)
    assert codes == ["DF1030", "DF103", "DF1031"]  # the label space, the named code, then what it leaves open
    row = {code: dict(zip(FEATURES, features[i], strict=True)) for i, code in enumerate(codes)}
    assert row["DF1031"]["alternative"] == 1 and row["DF1031"]["alternative_words"] == 1.0
    assert row["DF1031"]["unknown"] == 1 and row["DF1031"]["alternative_among"] == pytest.approx(np.log(2))
    assert row["DF1030"]["alternative"] == 1 and row["DF1030"]["model_logit"] == pytest.approx(np.log(0.3 / 0.7))
    assert row["DF103"]["alternative"] == 0 and row["DF103"]["named"] > 0
    # DF103 is named in the conclusion: what it leaves open makes a main diagnosis specific
    assert row["DF1031"]["alternative_key"] == 1
    _, course, _ = candidate_features(np.array([0.3]), ["DF1030"], np.array([10]), [mention("DF103", section="course")],
                                      alternatives)  # fmt: skip
    assert course[2, COLUMN["alternative_key"]] == 0 and course[2, COLUMN["alternative"]] == 1


def test_logistic_fit_learns_which_feature_predicts():
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(4000), rng.integers(0, 2, 4000), rng.integers(0, 2, 4000)]).astype(float)
    y = (rng.random(4000) < np.where(x[:, 1] == 1, 0.9, 0.1)).astype(float)  # only column 1 matters
    weights = fit_logistic(x, y)
    assert weights[1] == pytest.approx(np.log(81), abs=0.3)  # logit(0.9) - logit(0.1)
    assert abs(weights[2]) < 0.2


def test_a_row_weight_counts_as_that_many_copies_of_the_row():
    # coded cases count coded_weight times in the combiner's fit without being copied
    rng = np.random.default_rng(1)
    x = np.column_stack([np.ones(300), rng.normal(size=300)])
    y = (rng.random(300) < 0.3).astype(float)
    copies = rng.integers(1, 5, 300)
    weighted = fit_logistic(x, y, weight=copies)
    assert weighted == pytest.approx(fit_logistic(np.repeat(x, copies, axis=0), np.repeat(y, copies)), abs=1e-8)
    assert not np.allclose(weighted, fit_logistic(x, y))


def test_suggest_cut_is_the_best_f1_with_precision_at_least_seventy_percent():
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    coded = np.array([True, True, False, True, False, False])
    cut, figures = _suggest_cut(p, coded, coded_total=4)
    # cuts: 0.9 P1 F1 .4; 0.8 P1 F1 .667; 0.7 P.67 (too low); 0.6 P.75 F1 .75; 0.5 P.6; 0.4 P.5
    assert cut == 0.6
    assert figures == {"precision": 0.75, "recall": 0.75, "f1": 0.75, "shown": 4}


def test_missed_tier_is_off_unless_validated_precision_reaches_eighty_percent():
    p = np.linspace(1, 0, 40)
    true = np.array([i % 4 != 0 for i in range(40)])  # 75% precision everywhere
    assert _missed_cut(p, true)[0] is None
    true[:30] = True
    cut, figures = _missed_cut(p, true)
    assert cut is not None and figures["precision"] >= 0.8 and figures["flags"] >= 20


def test_fitted_combiner_ranks_named_codes_and_rules_out_impossible_ones(tmp_path):
    rng = np.random.default_rng(1)
    cases = []
    for _ in range(300):
        model = rng.random(6)
        named = rng.random(6) < 0.3
        true = rng.random(6) < np.where(named, 0.85, 0.1)
        coded = true & (rng.random(6) < 0.8)
        codes = ["DI109", "DE119", "DJ189", "DN390", "DO800", "DN40"]
        mentions = [mention(c) for c, n in zip(codes, named, strict=True) if n]
        _, features, _ = candidate_features(model, codes, np.full(6, 20), mentions)
        cases.append(Candidates(features, coded, true, np.ones(6, bool), int(coded.sum()), np.array(codes)))
    combiner = fit_combiner(cases, top_k=3)
    assert combiner.weights[COLUMN["named"]] > 1.0
    scores = combiner.score(
        np.full(6, 0.5), ["DI109", "DE119", "DJ189", "DN390", "DO800", "DN40"], np.full(6, 20), np.ones(6, bool),
        [mention("DJ189"), mention("DO800"), mention("DN40")], age=70, sex="M",
    )  # fmt: skip
    order, _, _ = combiner.shown(scores, top_k=3)
    assert {scores.codes[i] for i in order[:2]} == {"DJ189", "DN40"}  # named, and possible for a man
    assert scores.p[scores.codes.index("DO800")] == 0.0  # a birth code for a 70-year-old man is never shown
    assert "DO800" not in [scores.codes[i] for i in order]
    assert Combiner.load(combiner.save(tmp_path)).to_json() == combiner.to_json()


@pytest.fixture(scope="module")
def calibrated(tiny_run, tiny_bundles, tmp_path_factory):
    """The tiny int8 bundle with a combiner fitted on its validation split."""
    from coder_assist.training.pipeline import calibrate_bundle

    _, _, base = tiny_run
    bundle = tmp_path_factory.mktemp("calibrated") / "bundle"
    shutil.copytree(tiny_bundles[1], bundle)
    calibrate_bundle(bundle, base / "cases", echo=lambda line: None)
    return bundle


def test_calibrated_bundle_verifies_and_suggests_a_named_code_it_never_learnt(calibrated):
    from coder_assist.catalogue import default_catalogue
    from coder_assist.runtime import Engine, load_bundle

    load_bundle(calibrated)  # the manifest's checksums cover combiner.json
    engine = Engine(calibrated, catalogue=default_catalogue())
    assert engine.combiner is not None and "DN109C" not in engine.codes
    text = "Indlagt med feber og flankesmerter.\nKonklusion: Akut pyelonefritis. Behandlet med i.v. antibiotika."
    case = Case("C1", [Note("epikrise", text)], patient=Patient(age=54, sex="F"))
    items = {s.code: s for s in engine.suggest(case).items}
    assert "DN109C" in items and items["DN109C"].named and not items["DN109C"].known
    spans = engine.explain(case, "DN109C")
    assert [text[s.start : s.end] for s in spans] == ["Akut pyelonefritis"]
    assert all(s.kind == "named" for s in spans)


def test_the_app_offers_the_more_specific_codes_a_naming_leaves_open(calibrated):
    from coder_assist.catalogue import default_catalogue
    from coder_assist.runtime import Engine

    engine = Engine(calibrated, catalogue=default_catalogue())
    text = "Indlagt med alkoholabstinenser. Behandlet efter skema. Under indlæggelsen kramper, ophørte på diazepam."
    case = Case("C2", [Note("epikrise", text)], patient=Patient(age=48, sex="M"))
    items = {s.code: s for s in engine.suggest(case, top_k=1000).items}
    assert items["DF103"].named and items["DF103"].refines is None
    assert items["DF1031"].refines == "DF103" and not items["DF1031"].named  # "... med kramper"
    assert items["DF1030"].refines == "DF103" and items["DF1031"].text.endswith("med kramper")


def test_cases_people_coded_teach_the_combiner_to_trust_what_notes_name(calibrated, tiny_run, tmp_path):
    """A hospital's own coded cases join the fit: where people coded the diagnosis the note names, a named code
    the model never learnt gets a higher probability; a case without codes is refused with its file named."""
    from coder_assist.cases import write_cases
    from coder_assist.cases.model import AssignedCode
    from coder_assist.catalogue import default_catalogue
    from coder_assist.runtime import Engine
    from coder_assist.training.pipeline import calibrate_bundle

    text = "Indlagt med feber og flankesmerter.\nKonklusion: Akut pyelonefritis. Behandlet med i.v. antibiotika."
    case = Case("C1", [Note("epikrise", text)], patient=Patient(age=54, sex="F"))

    def p_pyelonephritis(bundle) -> float:
        engine = Engine(bundle, catalogue=default_catalogue())
        items = {s.code: s for s in engine.suggest(case).items}
        return items["DN109C"].score

    coded = [
        Case(
            f"H{i}", [Note("epikrise", text)], codes=[AssignedCode("DN109C", "A")], patient=Patient(age=40 + i, sex="F")
        )
        for i in range(12)
    ]
    write_cases(tmp_path / "coded.jsonl", coded)
    bundle = tmp_path / "bundle"
    shutil.copytree(calibrated, bundle)
    validation_cases, quiet = tiny_run[2] / "cases", {"echo": lambda line: None}
    before = p_pyelonephritis(bundle)
    calibrate_bundle(
        bundle, validation_cases, echo=lambda line: None, coded=[tmp_path / "coded.jsonl"], coded_weight=20
    )
    after = p_pyelonephritis(bundle)
    validation = json.loads((bundle / "combiner.json").read_text(encoding="utf-8"))["validation"]
    assert (validation["coded_cases"], validation["coded_weight"]) == (12, 20)
    assert after > before

    write_cases(tmp_path / "uncoded.jsonl", [Case("U1", [Note("epikrise", text)])])
    with pytest.raises(UserError, match="U1 has no codes") as error:
        calibrate_bundle(bundle, validation_cases, coded=[tmp_path / "uncoded.jsonl"], **quiet)
    assert "uncoded.jsonl" in str(error.value.where)


def test_a_negated_diagnosis_is_not_suggested_as_named(calibrated):
    from coder_assist.catalogue import default_catalogue
    from coder_assist.runtime import Engine

    engine = Engine(calibrated, catalogue=default_catalogue())
    text = "Mistanke om pyelonefritis, men urinstix og dyrkning negative. Pyelonefritis blev afkræftet."
    case = Case("C2", [Note("epikrise", text)], patient=Patient(age=54, sex="F"))
    items = {s.code: s for s in engine.suggest(case).items}
    assert not any(s.named for s in items.values() if s.code.startswith("DN10"))
    assert all(s.tier == "below" for s in items.values() if s.code.startswith("DN10"))


def test_missed_tier_flags_the_codes_coders_leave_out_and_only_those(tmp_path):
    """Hypertension named in the note is true but coded half the time; pneumonia named is coded nearly always.
    Only hypertension may carry "Sandsynligt overset B", with validated precision >= 0.8 against the truth."""
    rng = np.random.default_rng(2)
    codes = ["DJ189", "DI109", "DE119", "DN390"]
    cases = []
    for _ in range(600):
        named = rng.random(4) < 0.4
        true = named & (rng.random(4) < 0.95) | (~named & (rng.random(4) < 0.03))
        coded = true & (rng.random(4) < np.array([0.95, 0.45, 0.9, 0.9]))
        mentions = [mention(c) for c, n in zip(codes, named, strict=True) if n]
        _, features, by_code = candidate_features(rng.random(4) * 0.2, codes, np.full(4, 20), mentions)
        secondary = np.array([False, True, True, True])
        cases.append(Candidates(features, coded, true, secondary, int(coded.sum()), np.array(codes), by_code))
    combiner = fit_combiner(cases, top_k=4)
    assert list(combiner.missed_cuts) == ["DI10"]  # pneumonia is not a B code; diabetes and UTI are coded
    assert combiner.validation["missed"]["precision"] >= 0.8
    scores = combiner.score(np.full(4, 0.1), codes, np.full(4, 20), np.array([False, True, True, True]),
                            [mention(c) for c in codes], age=70, sex="M")  # fmt: skip
    order, suggested, missed = combiner.shown(scores, top_k=4)
    tier = {scores.codes[i]: ("missed" if m else "suggested" if s else "below")
            for i, s, m in zip(order, suggested, missed, strict=True)}  # fmt: skip
    assert tier == {"DJ189": "suggested", "DI109": "missed", "DE119": "suggested", "DN390": "suggested"}
    # The badge needs the note to name the condition: the model's score alone, however high, does not flag it.
    secondary = np.array([False, True, True, True])
    unnamed = combiner.score(np.array([0.1, 0.999, 0.1, 0.1]), codes, np.full(4, 20), secondary, [mention("DJ189")])
    order, _, missed = combiner.shown(unnamed, top_k=4)
    assert not missed.any()
    assert Combiner.load(combiner.save(tmp_path)).missed_cuts == combiner.missed_cuts


def test_missed_tier_is_off_without_a_truth_to_tell_under_coding_by():
    rng = np.random.default_rng(3)
    codes = ["DJ189", "DI109"]
    cases = []
    for _ in range(300):
        named = rng.random(2) < 0.5
        coded = named & (rng.random(2) < 0.5)  # no truth: the target is the human codes
        _, features, _ = candidate_features(
            np.full(2, 0.1), codes, np.full(2, 20), [mention(c) for c, n in zip(codes, named, strict=True) if n]
        )
        cases.append(Candidates(features, coded, coded, np.array([False, True]), int(coded.sum()), np.array(codes)))
    combiner = fit_combiner(cases, top_k=2)
    assert combiner.missed_cuts == {} and combiner.validation["missed"]["undercoded"] == {}


def test_the_likeliest_a_diagnosis_is_listed_first_though_a_b_code_is_surer(tmp_path):
    """Hypertension is named three times and nearly always true; pneumonia, the reason for admission, is named
    once. Fitted on human A codes, the combiner lists pneumonia first, and every other code by probability."""
    rng = np.random.default_rng(4)
    codes = ["DJ189", "DI109", "DE119"]
    secondary = np.array([False, True, True])

    def note(a_named: bool) -> list[Mention]:
        found = [Mention("DI109", 300 + 40 * i, 312 + 40 * i, Status.CURRENT, None, "history", "ht") for i in range(3)]
        if a_named:
            found.append(Mention("DJ189", 10, 18, Status.CURRENT, None, "reason", "pneumoni"))
        return found

    cases = []
    for _ in range(400):
        a_named = rng.random() < 0.8
        mentions = note(a_named)
        _, features, by_code = candidate_features(rng.random(3) * 0.3, codes, np.full(3, 20), mentions)
        true = np.array([True, True, rng.random() < 0.2])
        is_a = np.array([True, False, False])
        cases.append(Candidates(features, true, true, secondary, int(true.sum()), np.array(codes), by_code, is_a))
    combiner = fit_combiner(cases, top_k=3)
    assert combiner.validation["primary"]["a_first"] > combiner.validation["primary"]["a_first_by_presence"]
    scores = combiner.score(np.full(3, 0.2), codes, np.full(3, 20), secondary, note(True), age=60, sex="F")
    assert scores.p[1] > scores.p[0]  # hypertension is the surer code
    order, _, _ = combiner.shown(scores, top_k=3)
    assert [scores.codes[i] for i in order][:2] == ["DJ189", "DI109"]
    reloaded = Combiner.load(combiner.save(tmp_path))
    assert np.allclose(reloaded.primary_weights, combiner.primary_weights, atol=1e-5)


def test_a_category_too_imprecise_on_its_own_is_not_flagged():
    """Hypertension flags are right; obesity "named" in the note is true only half the time (a BMI of 22.9 read
    as overweight). Pooled they would pass 0.8; alone obesity does not, so only hypertension is flagged."""
    rng = np.random.default_rng(5)
    codes = ["DI109", "DE669"]
    cases = []
    for _ in range(800):
        named = rng.random(2) < 0.5
        true = named & (rng.random(2) < np.array([0.97, 0.6]))
        coded = true & (rng.random(2) < 0.4)
        mentions = [mention(c) for c, n in zip(codes, named, strict=True) if n]
        _, features, by_code = candidate_features(np.full(2, 0.1), codes, np.full(2, 20), mentions)
        cases.append(Candidates(features, coded, true, np.ones(2, bool), int(coded.sum()), np.array(codes), by_code))
    combiner = fit_combiner(cases, top_k=2)
    assert list(combiner.missed_cuts) == ["DI10"]
    assert sorted(combiner.validation["missed"]["undercoded"]) == ["DE66", "DI10"]  # both left out by coders
    assert combiner.validation["missed"]["by_category"]["DI10"]["precision"] >= 0.8


def test_the_app_never_suggests_a_code_the_patients_age_or_sex_rules_out(calibrated):
    """The note names a missed abortion: suggested for a woman of 30, never for a man of 70."""
    from coder_assist.catalogue import default_catalogue
    from coder_assist.runtime import Engine

    engine = Engine(calibrated, catalogue=default_catalogue())
    text = "Konklusion: Missed abortion i uge 10. Udskrives til kontrol."
    woman = Case("C3", [Note("epikrise", text)], patient=Patient(age=30, sex="F"))
    man = Case("C4", [Note("epikrise", text)], patient=Patient(age=70, sex="M"))
    assert any(s.code.startswith("DO02") for s in engine.suggest(woman).items)
    assert not any(s.code.startswith(("DO", "DP")) for s in engine.suggest(man).items)
