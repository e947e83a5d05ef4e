"""Informed label queries: a code's query starts by attending to the words that name the code."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from coder_assist.catalogue import default_catalogue  # noqa: E402
from coder_assist.errors import UserError  # noqa: E402
from coder_assist.mentions.finder import finder_for  # noqa: E402
from coder_assist.training.checkpoint import load_checkpoint  # noqa: E402
from coder_assist.training.config import TrainConfig  # noqa: E402
from coder_assist.training.label_init import code_names, icd10cm_names, informed_queries, label_names  # noqa: E402
from coder_assist.training.model import pad_batch  # noqa: E402


def test_names_are_the_codes_clinical_names_then_its_category():
    catalogue = default_catalogue()
    names = code_names(["DJ189", "DI214", "XX999"], finder_for(catalogue).lexicon, catalogue)
    assert "pneumoni" in names["DJ189"] and "lungebetændelse" in names["DJ189"]
    assert "nstemi" in names["DI214"]
    assert "XX999" not in names  # not in the catalogue: keeps its random query


def test_codiesp_codes_are_named_by_their_english_icd10cm_title_inclusion_terms_and_category():
    names = icd10cm_names(["K35.80", "r52", "D49.599", "ZZ1"])
    assert names["K35.80"][:2] == ["Unspecified acute appendicitis", "Acute appendicitis NOS"]
    assert names["K35.80"][-1] == "Acute appendicitis"  # the category's title comes last
    assert names["r52"][0] == "Pain, unspecified"  # CodiEsp writes codes in lower case
    # A CIE-10-ES code that ICD-10-CM lacks takes its nearest ancestor's names.
    assert names["D49.599"][0] == "Neoplasm of unspecified behavior of other genitourinary organ"
    assert "ZZ1" not in names


def test_the_data_format_decides_the_language_of_the_names():
    assert label_names(["J18.9"], "codiesp")["J18.9"][0] == "Pneumonia, unspecified organism"
    assert "lungebetændelse" in label_names(["DJ189"], "jsonl")["DJ189"]


def attention_on(model, tokenizer, text: str, phrase: str, column: int) -> float:
    """The share of label ``column``'s attention that falls on ``phrase`` in ``text``."""
    encoding = tokenizer.backend_tokenizer.encode(text, add_special_tokens=False)
    input_ids, mask = pad_batch([encoding.ids], model.chunk_size, model.pad_token_id)
    with torch.no_grad():
        _, attention = model(input_ids, mask)
    start = text.index(phrase)
    inside = torch.tensor([start <= begin < start + len(phrase) for begin, _ in encoding.offsets])
    return float(attention[0, column, : len(encoding.ids)][inside].sum())


def named_in_a_sentence(name: str) -> str:
    return f"Patienten blev indlagt og observeret. {name}. Udskrevet til eget hjem."


def _attention_on_names(model, tokenizer, labels, names, codes) -> float:
    """The mean share of a code's attention on its own name in a sentence that names it among other words."""
    shares = [
        attention_on(model, tokenizer, named_in_a_sentence(names[c][0]), names[c][0], labels.index(c)) for c in codes
    ]
    return sum(shares) / len(shares)


def test_a_code_query_attends_to_the_words_that_name_it(tiny_run):
    best, _, _ = tiny_run
    loaded = load_checkpoint(best)
    model, tokenizer, labels = loaded.model, loaded.tokenizer, loaded.labels
    catalogue = default_catalogue()
    names = code_names(labels, finder_for(catalogue).lexicon, catalogue)
    named = [code for code in labels if code in names and len(names[code][0]) > 6][:40]
    torch.manual_seed(0)
    with torch.no_grad():  # the paper's random start, for comparison
        model.label_attention.queries.normal_(0, 0.03)
        model.label_attention.key.weight.normal_(0, 0.03)
    at_random = _attention_on_names(model, tokenizer, labels, names, named)
    assert informed_queries(model, tokenizer, names, labels, torch.device("cpu")) == len(names)
    assert torch.equal(model.label_attention.key.weight, torch.eye(model.label_attention.queries.shape[1]))
    informed = _attention_on_names(model, tokenizer, labels, names, named)
    assert informed > 1.5 * at_random, (informed, at_random)


def test_label_init_is_checked():
    assert TrainConfig(label_init="names").label_init == "names"
    with pytest.raises(UserError, match="label_init"):
        TrainConfig(label_init="descriptions")
