"""The mention finder reads the diagnoses a note names, as clinicians write them, at the right places."""

from __future__ import annotations

import pytest

from coder_assist.catalogue import default_catalogue
from coder_assist.catalogue.synonyms import load_synonyms
from coder_assist.mentions.assertion import Status
from coder_assist.mentions.finder import MentionFinder
from coder_assist.mentions.lexicon import Lexicon, stem
from coder_assist.mentions.poisonings import DRUGS


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Lexicon.build(default_catalogue(), load_synonyms()))


def codes(finder: MentionFinder, text: str, status: Status | None = Status.CURRENT) -> set[str]:
    return {m.code for m in finder.find(text) if status is None or m.status == status}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Konklusion: Pneumoni i venstre underlap.", "DJ189"),
        ("Behandlet for pneumonien med i.v. antibiotika.", "DJ189"),  # definite form
        ("Indlagt med lungebetændelse.", "DJ189"),  # lay word
        ("Tidl.: Type 2-diabetes, velreguleret.", "DE119"),  # the category coded as its unspecified code
        ("Kendt med DM2 i tablet-behandling.", "DE119"),  # abbreviation in capitals
        ("Kendt med KOL, GOLD C.", "DJ449"),
        ("Essentiel hypertension, i beh. med amlodipin.", "DI109"),
        ("Forhøjet blodtryk, velbehandlet.", "DI109"),
        ("Faldet i hjemmet, røntgen viser lårbenshalsfraktur.", "DS720"),  # compound of "fraktur af lårbenshals"
        ("Røntgen viser fraktur af lårbenshalsen.", "DS720"),
        ("Vurderet som NSTEMI.", "DI214"),
        ("Kronisk nyreinsufficiens stadie 3b, eGFR 38.", "DN183"),  # "3b" is a stage 3
        ("Pt. har urinvejsinfektion med E. coli.", "DN390"),
        ("Indlagt med pnemoni og feber.", "DJ189"),  # a typing slip in a long word
        # A synonym of the plain condition with a sub-code's qualifier names the sub-code.
        ("Kendt med CKD stadie 3, eGFR 42.", "DN183"),
        ("Kronisk nyresygdom stadie 3.", "DN183"),
        ("Kronisk obstipation, Movicol dagligt.", "DK590A"),
        ("Hyperbilirubinæmi pga. AB0-immunisering.", "DP551"),  # a perinatal code without "hos nyfødt"
        ("Bloddyrkning: Staphylococcus aureus, methicillinfølsom.", "DB956"),  # the organism alone
    ],
)
def test_finds_diagnoses_as_clinicians_write_them(finder, text, code):
    assert code in codes(finder, text), [(m.code, m.term) for m in finder.find(text)]


def test_the_more_specific_diagnosis_wins_over_the_words_it_contains(finder):
    found = codes(finder, "Type 2-diabetes med nyrekomplikation.")
    assert "DE112" in found and "DE119" not in found


def test_a_specific_sub_code_with_the_same_name_wins_over_its_parent(finder):
    found = codes(finder, "Let dehydrering, rehydreret i.v.")
    assert "DE869A" in found and "DE869" not in found


def test_a_sub_code_that_only_repeats_its_parents_text_gives_way_to_the_parent(finder):
    found = codes(finder, "Hypokaliæmi, kalium 2,9.")
    assert "DE876" in found and "DE876A" not in found  # both are "Hypokaliæmi" in the register


def test_short_abbreviations_count_only_in_capitals(finder):
    # "af" is the Danish "of"; only "AF" written in capitals is atrial fibrillation
    assert "DI489" not in codes(finder, "Behandlet med antibiotika af egen læge.", None)
    assert "DI489" in codes(finder, "Kendt med AF, i AK-behandling.")


def test_spans_point_at_the_words_as_written(finder):
    text = "Anamnese: 70-årig med kendt KOL.\nKonklusion: Akut exacerbation af KOL og pneumoni i ve. side."
    for mention in finder.find(text):
        written = text[mention.start : mention.end]
        assert written == written.strip() and written, mention
    pneumonia = [m for m in finder.find(text) if m.code == "DJ189"]
    assert [text[m.start : m.end] for m in pneumonia] == ["pneumoni"]


def test_words_of_one_name_must_stand_in_one_sentence(finder):
    # "type 2" and "diabetes" in different sentences name nothing
    assert "DE119" not in codes(finder, "Behandlet efter type 2. Diabetes blev ikke fundet hos moderen.", None)


def test_ordinary_words_name_no_code(finder):
    text = "Pt. er tidligere set i ambulatoriet og vil senere blive indkaldt. Tidlig mobilisering."
    assert codes(finder, text, None) == set()


def test_the_status_of_each_mention_comes_from_its_own_clause(finder):
    text = "Ingen tegn på pneumoni. Konklusion: Akut pyelonefritis."
    by_code = {m.code: m.status for m in finder.find(text)}
    assert by_code["DJ189"] == Status.NEGATED
    assert by_code["DN109C"] == Status.CURRENT


def test_stemming_meets_inflected_forms():
    assert stem("pneumonien") == stem("pneumoni")
    assert stem("frakturen") == stem("fraktur")
    assert stem("lidelser") == stem("lidelse")


def test_a_slip_keeps_its_first_letter_and_closed_codes_name_nothing(finder):
    assert "DT141A" not in codes(finder, "Maceration mellem tæerne.")  # not "laceration"
    assert "DT141A" in codes(finder, "Lacerasion på underarmen.")
    assert not codes(finder, "Såret lukkes med sutur.", status=None) & {"DC432B", "DC435D", "DC442B"}


def test_the_words_around_an_unspecified_diagnosis_choose_its_specific_sibling(finder):
    assert "DC504" in codes(finder, "Brystkræft i ve. øvre laterale kvadrant.")  # not DC509 "Brystkræft UNS"
    assert "DA415" in codes(finder, "Gramnegativ sepsis.")  # DA415 "Sepsis forårsaget af gramnegative ..."
    # Not a word that is negated, nor one that belongs to the next diagnosis of a list or to a parenthesis.
    for text in ("Sepsis uden gramnegativ vækst.", "Sepsis og gramnegativ cystitis.", "Sepsis (gramnegativ stav)."):
        found = codes(finder, text)
        assert "DA419" in found and "DA415" not in found, text


def test_a_word_shared_by_several_siblings_chooses_none_of_them(finder):
    # "øvre kvadrant" fits the upper inner (DC502) and the upper outer (DC504) quadrant alike.
    assert codes(finder, "Brystkræft i øvre kvadrant.") == {"DC509"}
    assert codes(finder, "Brystkræft i øvre laterale kvadrant.") == {"DC504"}


def test_a_name_that_says_what_is_absent_needs_it_written_negated(finder):
    # DK805 "Galdesten uden kolangitis eller kolecystitis" is not what "kolecystitis med galdesten" says.
    assert "DK805" not in codes(finder, "Akut kolecystitis med galdesten.")
    assert "DK800" in codes(finder, "Akut kolecystitis med galdesten.")  # "Sten i galdeblæren med akut kolecystitis"
    assert "DK805" in codes(finder, "Galdesten uden kolecystitis.")
    # nor does a name with "blødning" match where the note writes "uden blødning"
    assert codes(finder, "Ulcus duodeni uden blødning.") == {"DK269"}
    assert codes(finder, "Blødende ulcus duodeni.") == {"DK264"}  # "Kronisk eller ikke specificeret ... med blødning"
    assert codes(finder, "Sukkersyge, ikke insulinkrævende u. kompl.") == {"DE119"}  # "u." is "uden"


def test_sub_codes_below_a_named_code_are_chosen_by_the_words_around_it(finder):
    assert "DF1031" in codes(finder, "Alkoholabstinenser med kramper.")
    assert "DF1030" in codes(finder, "Alkoholabstinenser uden kramper.")  # the absent word written negated
    assert "DI213B" in codes(finder, "Inferior STEMI.")  # "ST-elevations AMI, inferiort/posteriort"
    assert "DL031I" in codes(finder, "Flegmone på hø. underekstremitet.")  # below DL031, a sibling of DL039
    assert codes(finder, "Flegmone.") == {"DL039"}


def test_a_danish_sub_code_that_repeats_a_who_code_is_coded_as_it(finder):
    # DI489BB "Paroksysmatisk atrieflimren" lies under DI489 "UNS"; DI480 has the same text
    assert codes(finder, "Paroksystisk AFLI.") == {"DI480"}
    assert codes(finder, "Paroksystisk atrieflimren, velbehandlet.") == {"DI480"}


def test_an_other_code_gives_way_to_its_unspecified_sibling(finder):
    assert codes(finder, "Sepsis.") == {"DA419"}  # not also DA418 "Anden form for sepsis"
    assert codes(finder, "Lungefibrose.") == {"DJ841"}  # J84.1 is what pulmonary fibrosis is coded as


def test_a_grade_or_stage_chooses_its_sub_code_in_roman_or_arabic_numerals(finder):
    assert codes(finder, "Tryksår grad 2 ve. hofte.") == {"DL891"}  # "Decubitus grad II"
    assert codes(finder, "Tryksår grad IV.") == {"DL893"}
    # a numeral alone is no grade: "Garden IV" is a hip fracture's type, not a grade IV pressure ulcer
    assert codes(finder, "Garden IV fraktur, tryksår.") == {"DL899"}


def test_a_note_word_also_reads_as_the_catalogues_word_for_the_same_thing(finder):
    assert "DD272" in codes(finder, "Dermoidcyste i hø. ovarie.")  # "Dermoidcyste i æggestok"
    assert "DK561B" in codes(finder, "Ileokolisk invagination.")  # "Invaginatio ileocolica"
    assert "DK264" in codes(finder, "Blødende duodenalulcus.")  # "... duodenalulcus med blødning"


def test_a_compound_name_is_also_read_where_the_note_writes_its_two_words(finder):
    assert codes(finder, "Betændelse i lungen.") == {"DJ189"}  # "lungebetændelse"
    assert "DN390" in codes(finder, "Infektion i urinvejene.")  # "urinvejsinfektion"


def test_latin_and_danish_spellings_meet(finder):
    assert codes(finder, "Akut cholecystitis.") == codes(finder, "Akut kolecystitis.") == {"DK810"}
    assert "DK561B" in codes(finder, "Ileokolisk invagination.")  # the catalogue's "Invaginatio ileocolica"


def _alternatives(finder: MentionFinder, text: str) -> dict:
    mentions, alternatives = finder.read(text)
    assert mentions == finder.find(text)
    return alternatives


def test_a_naming_leaves_its_more_specific_codes_open_read_against_the_whole_note(finder):
    text = "Indlagt med alkoholabstinenser. Behandlet efter skema. Under indlæggelsen kramper, ophørte på diazepam."
    assert "DF103" in codes(finder, text)  # the words are too far apart for the naming to move to DF1031
    open_ = _alternatives(finder, text)
    assert open_["DF1031"].words == 1.0 and open_["DF1031"].refines == "DF103"  # "... med kramper"
    assert open_["DF1030"].words == 0.0  # "... uden kramper": the note writes kramper
    quiet = _alternatives(finder, "Indlagt med alkoholabstinenser. Behandlet efter skema. Ingen kramper.")
    assert quiet["DF1030"].words == 1.0 and quiet["DF1031"].words == 0.0


def test_an_unspecified_naming_offers_its_category_ranked_by_the_words_written(finder):
    open_ = _alternatives(finder, "Diagnose: Brystkræft. Tumor i øvre laterale kvadrant af højre bryst.")
    best = max(open_.values(), key=lambda a: a.words)
    assert best.code == "DC504" and best.refines == "DC509" and best.among == len(open_) > 10
    assert "DC509" not in open_  # the named code itself


def test_a_negated_or_earlier_naming_leaves_nothing_open(finder):
    assert _alternatives(finder, "Ingen pneumoni. Tidl. brystkræft.") == {}


def test_a_naming_leaves_its_unspecified_or_same_named_sub_code_open_with_nothing_more_to_write(finder):
    open_ = _alternatives(finder, "Konklusion: Vedvarende ventrikulær takykardi, DC-konverteret.")
    assert open_["DI472A"].refines == "DI472" and open_["DI472A"].words == 1.0  # "Ventrikulær takykardi UNS"
    assert open_["DI472B"].words == 0.5  # "... uden påviselig strukturel hjertesygdom": the note is silent on it
    # so is a sub-code of the same name (coders differ on coding the name or its leaf), and DE119A "Type
    # 2-diabetes UNS", which adds nothing to DE119 (whose "type 2" is its own too)
    assert _alternatives(finder, "Konklusion: Hypokaliæmi.")["DE876A"].words == 1.0
    assert _alternatives(finder, "Konklusion: Type 2-diabetes.")["DE119A"].words == 1.0


def test_the_two_parts_of_a_diabetes_combination_name_the_combination_instead(finder):
    text = "Kendt med type 2-diabetes. Albuminuri ved diabetisk nefropati."
    found = {m.code: m for m in finder.find(text)}
    assert "DE112" in found and not {"DE119", "DE142"} & set(found)  # "med nyrekomplikation"
    # both parts stay the evidence of the combination
    assert sorted(text[m.start : m.end] for m in finder.find(text) if m.code == "DE112") == [
        "2-diabetes", "diabetisk nefropati",
    ]  # fmt: skip
    # an earlier complication completes nothing
    assert codes(finder, "Type 2-diabetes. Tidl. diabetisk nefropati, nu normal nyrefunktion.") >= {"DE119"}
    assert "DE112" not in codes(finder, "Type 2-diabetes. Tidl. diabetisk nefropati, nu normal nyrefunktion.")


def test_osteoporosis_with_a_current_fracture_names_both_codes_and_the_fracture(finder):
    text = "Konklusion: Fraktur af os pubis efter fald. Kendt postmenopausal osteoporose."
    assert codes(finder, text) >= {"DS325", "DM800", "DM810"}  # coders differ on M80 against M81 + the fracture
    assert "DM800" not in codes(finder, "Konklusion: Postmenopausal osteoporose. Ingen fraktur.")


def test_a_combination_named_more_specifically_is_left_as_written(finder):
    # "Coma diabeticum, hyperosmolær ved NIDDM" (DE110C) is below DE110: the type's naming does not become DE110
    text = "Kendt med type 2-diabetes. Vurd.: hyperosmolært hyperglykæmisk koma, coma diabeticum hyperosmolær NIDDM."
    found = codes(finder, text)
    assert "DE110" not in found or any(c.startswith("DE110") and c != "DE110" for c in found)


def test_a_pregnant_womans_disease_is_also_named_as_complicating_the_pregnancy(finder):
    text = "Konklusion: Pyelonefritis i graviditeten. Hypothyreose, Eltroxin øget. Astma, velbehandlet."
    found = codes(finder, text)
    # DO992B "Hypothyroidisme som komplicerer graviditet ...": the sub-code for the very disease named
    assert found >= {"DO230", "DE039", "DO992B", "DJ459", "DO995A"} and "DO992" not in found  # DO995A: asthma
    # no pregnancy, no O code
    assert not {c for c in codes(finder, "Konklusion: Hypothyreose. Astma.") if c.startswith("DO")}


def test_self_harm_is_coded_by_its_method_where_the_note_names_it(finder):
    # the poisoning's T code gives the substance: X60, non-opioid analgesics; attempt, before the contact
    poisoning = "Konkl.: Paracetamolforgiftning. Selvmordsforsøg med paracetamol."
    assert codes(finder, poisoning) == {"DT390A", "DX6010"}  # DX8410 "... ikke specificeret metode" gives way
    assert codes(finder, "Selvskade med skarp genstand før indlæggelsen.") == {"DX7820"}
    assert codes(finder, "Selvmordsforsøg ved hængning.") == {"DX7010"}
    assert codes(finder, "Selvmordsforsøg, metode uoplyst.") == {"DX8410"}
    assert codes(finder, "Tidligere selvmordsforsøg 2019.", status=None) == {"DZ915A"}


def test_what_a_sub_code_is_without_counts_half_where_the_note_is_silent_and_a_word_negated_elsewhere_stays(finder):
    open_ = _alternatives(finder, "Konklusion: Depressiv enkeltepisode af moderat grad.")
    # DF3210 "Depressiv non-melankoliform ...": non- is a without; DF3211 "... melankoliform ..." is not written
    assert open_["DF3210"].words == 0.5 and open_["DF3211"].words == 0.0
    manic = "Konklusion: Bipolar affektiv sindslidelse, aktuelt manisk episode med psykotiske symptomer."
    # "ingen symptomer" elsewhere does not take back the symptoms the conclusion writes
    assert (
        _alternatives(finder, manic)["DF3120"].words
        == _alternatives(finder, manic + " Ingen somatiske symptomer.")["DF3120"].words
        == pytest.approx(0.8)
    )


def test_spelling_variants_and_danish_names_of_latin_parts_meet(finder):
    assert "DD751E" in codes(finder, "Sekundær (hypoksisk) polycytæmi.")  # "Hypoxisk polycytæmi"
    assert codes(finder, "Glioblastom i ve. frontallappen.") == {"DC711"}  # "Kræft i hjernens pandelap"
    assert "DI301E" in codes(finder, "Akut viral perikarditis.")  # "Perikarditis forårsaget af virus"


def test_anaemia_in_a_stay_with_cancer_is_anaemia_in_neoplastic_disease(finder):
    assert codes(finder, "Anæmi ved myelomatose.") >= {"DD630", "DC900"}
    assert "DD649" not in codes(finder, "Anæmi ved myelomatose.")
    assert "DD649" in codes(finder, "Anæmi, årsag uafklaret. Tidl. brystkræft.")  # an earlier cancer is no cause


def test_a_diabetic_complication_takes_the_stated_type_down_to_its_danish_sub_code(finder):
    assert codes(finder, "Type 1-diabetes. Diabetisk fodsår på hø. 2. tå.") == {"DE105B"}  # "... med fodsår"


def test_a_poisoning_is_read_by_the_drug_named_and_a_drug_alone_is_no_poisoning(finder):
    assert set(DRUGS) <= set(default_catalogue().codes)  # each drug's class code is one of this catalogue
    assert codes(finder, "Intoksikation med quetiapin. Selvmordsforsøg ved forgiftning.") == {"DT435", "DX6110"}
    assert codes(finder, "Paracetamolforgiftning i selvmordshensigt.") == {"DT390A", "DX6010"}
    assert codes(finder, "Overdosis af oxazepam.") == {"DT424"}
    assert codes(finder, "Fast behandling med quetiapin 50 mg til natten.") == set()


def test_a_carcinoma_or_cancer_at_a_site_names_the_sites_cancer_code(finder):
    assert "DC180" in codes(finder, "Konklusion: Adenokarcinom i caecum, cT3N1M0.")  # DC180 "Kræft i caecum"
    assert "DC250" in codes(finder, "CT: cancer i caput pancreatis.")
    assert "DC209" in codes(finder, "Planocellulært karcinom i rectum.")  # DC20 "Kræft i endetarmen"
    assert codes(finder, "Far død af cancer i caecum.") == set()  # the family's cancer is no finding of the patient
    # the name's own "cancer" is no qualifier "kræft" for DC500 "Kræft i brystvorte eller areola mammae"
    assert codes(finder, "Cancer mammae dxt.") == {"DC509"}


def test_a_stage_written_st_or_figo_with_a_sub_stage_chooses_the_stage_code(finder):
    # DC562 "Neopl mal ovarii, st. III": "IIIC" is a stage III, and "st." before it ends no sentence
    assert "DC562" in codes(finder, "Høj-gradig serøs ovariecancer st. IIIC.")
    assert "DC562" in codes(finder, "Ovariecancer FIGO IIIC, til kemoterapi.")


def test_hiv_with_an_infection_that_defines_its_stage_names_the_combined_code(finder):
    found = codes(finder, "Nydiagnosticeret HIV-infektion. Pneumocystis jirovecii-pneumoni. Oral candidiasis.")
    assert {"DB206", "DB204"} <= found and "DB249" not in found  # HIV no longer "UNS"
    assert "DB206" not in codes(finder, "Pneumocystis-pneumoni efter kemoterapi. HIV-negativ.")


def test_a_word_for_caused_by_a_drug_chooses_the_drug_induced_sub_code(finder):
    assert codes(finder, "Diagnoser: Lægemiddelinduceret urinsyregigt hø. knæ (furosemid).") == {"DM102"}
    assert codes(finder, "Utilsigtet lithiumforgiftning, S-lithium 2,6.") == {"DT435"}


def test_sepsis_with_its_organism_named_is_the_organisms_sepsis(finder):
    assert codes(finder, "E. coli-urosepsis.") == {"DA415A", "DB962"}  # DA419B "Urosepsis" gives way
    assert "DA410" in codes(finder, "Sepsis. Bloddyrkning: Staphylococcus aureus.")
    # a vaccination names no organism: the sepsis stays of no stated organism
    assert "DA419" in codes(finder, "Sepsis. Pneumokok negativt i urinen. Plan: Pneumokokvaccination.")


def test_a_state_left_by_an_earlier_event_is_current(finder):
    assert "DZ940" in codes(finder, "Nyretransplanteret 2019, velfungerende graft.")  # Z94.0 is now
    assert "DI219" in codes(finder, "Tidl. AMI 2015.", Status.EARLIER)  # the infarct itself is past


def test_a_sub_code_is_not_chosen_by_one_common_word_of_many(finder):
    # "akut" alone would make "virus" DB972A "COVID-19 svær akut respiratorisk syndrom"
    assert "DB972A" not in codes(finder, "Akut viral myokarditis.")
    assert "DC341" in codes(finder, "Småcellet lungekræft i hø. overlap.")  # DC341 "... lungens øverste lap"


def test_a_healthy_history_names_no_code(finder):
    # DZ768Z's alias "Ingen sygdom" is what a note writes of a healthy patient, not a code to suggest
    assert codes(finder, "Anamnese: Ingen kendte kroniske sygdomme. Tidl. rask, ingen sygdom.", None) == set()


def test_a_plain_name_is_not_another_categorys_other_form(finder):
    assert codes(finder, "Kendt diabetes i tabletbehandling.") == {"DE149"}  # not DE139 "Anden form for diabetes"


def test_a_gallbladder_stone_is_no_bladder_stone(finder):
    assert codes(finder, "Galdeblæresten uden kolecystitis.") == {"DK802"}


def test_a_sub_code_that_picks_one_of_its_parents_listed_choices_is_chosen_by_that_word(finder):
    # DO990 "Anæmi som komplicerer graviditet, fødsel eller barselsperiode"; DO990A "... barselsperiode"
    text = "Puerperal endometritis efter vaginal fødsel. Anæmi i barselsperioden (Hb 5,7)."
    open_ = _alternatives(finder, text)
    assert open_["DO990A"].words == 1.0 and open_["DO990B"].words == 0.0  # B: "... graviditeten"


def test_a_syndrome_named_after_two_people_is_named_by_the_two_names(finder):
    assert "DK226" in codes(finder, "Gastroskopi: Mallory-Weiss-læsion ved cardia.")  # "Mallory-Weiss' syndrom"
    assert not {c for c in codes(finder, "Kromosomanalyse: Down.") if c.startswith("DQ90")}  # one name is not enough
