"""Poisonings written with the substance's name: "forgiftning med quetiapin", "paracetamolintoksikation".

The catalogue names poisonings by drug class ("Forgiftning med andet antipsykotisk eller neuroleptisk
lægemiddel", DT435); notes name the drug. ``DRUGS`` maps the substances Danish emergency departments see in
overdoses to the class code of this catalogue (ICD-10 T36-T51, with SKS's own sub-code where it names the
substance, DT390A paracetamol); ``names`` writes each as the lexicon's names: the substance with
"forgiftning", "intoksikation" or "overdosis", in one clause and any order, and as one compound word.
"""

from __future__ import annotations

from collections.abc import Iterator

POISONING_WORDS = ("forgiftning", "intoksikation", "overdosis")
DRUGS: dict[str, tuple[str, ...]] = {
    "DT390A": ("paracetamol", "panodil", "pamol", "pinex"),  # paracetamol
    "DT390": ("acetylsalicylsyre", "magnyl", "ibuprofen", "naproxen", "diclofenac"),  # other weak analgesics
    "DT402A": ("kodein",),
    "DT402B": ("morfin",),
    "DT402": ("oxycodon", "ketobemidon"),  # other opioids
    "DT404": ("tramadol", "fentanyl"),  # other synthetic opioids
    "DT403": ("metadon",),
    "DT401": ("heroin",),
    "DT405": ("kokain",),
    "DT407": ("cannabis", "hash"),
    "DT436A": ("amfetamin",),
    "DT436B": ("ecstasy", "mdma"),
    "DT426A": ("ghb",),
    "DT424": ("diazepam", "oxazepam", "alprazolam", "clonazepam", "lorazepam", "nitrazepam", "chlordiazepoxid",
              "benzodiazepin", "benzodiazepiner"),
    "DT426": ("zopiclon", "zolpidem", "valproat", "lamotrigin", "pregabalin", "gabapentin", "levetiracetam"),
    "DT421": ("carbamazepin", "oxcarbazepin"),
    "DT420": ("fenytoin", "phenytoin"),
    "DT430": ("amitriptylin", "nortriptylin", "clomipramin", "imipramin"),
    "DT432": ("sertralin", "citalopram", "escitalopram", "fluoxetin", "paroxetin", "mirtazapin", "venlafaxin",
              "duloxetin", "mianserin"),
    "DT433": ("levomepromazin", "perphenazin"),
    "DT434": ("haloperidol", "chlorprothixen", "zuclopenthixol", "flupentixol"),
    # lithium salts are ICD-10's "other antipsychotics" (T43.5)
    "DT435": ("quetiapin", "olanzapin", "risperidon", "aripiprazol", "clozapin", "lithium", "litium"),
    "DT440": ("metoprolol", "propranolol", "bisoprolol", "carvedilol"),
    "DT460": ("digoxin", "amlodipin", "verapamil", "diltiazem"),
    "DT450A": ("warfarin", "marevan", "apixaban", "rivaroxaban"),
    "DT383": ("insulin", "metformin", "glimepirid", "gliclazid"),
}  # fmt: skip


def names() -> Iterator[tuple[str, str]]:
    """(name, code) for every way the lexicon reads a poisoning with one of ``DRUGS``."""
    for code, drugs in DRUGS.items():
        for drug in drugs:
            for word in POISONING_WORDS:
                yield f"{word} {drug}", code
                yield f"{drug}{word}", code
