"""Quote, speaker and country extraction from one article at a time.

Public entry point: `extract_article(article, registries, article_id, language=None) -> Extraction`.
Building blocks other extractors use: `CountryFinder`, `split_sentences`, `paragraphs`,
`load_pack`, `detect_language`.
"""
from __future__ import annotations

from .gazetteer import CountryFinder, Mention
from .langpack import LanguagePack, detect_language, load_pack
from .sentences import Sentence, paragraphs, split_sentences

__all__ = ["CountryFinder", "Mention", "LanguagePack", "detect_language", "load_pack", "Sentence",
           "paragraphs", "split_sentences", "extract_article", "Extraction"]


def __getattr__(name: str):
    if name in ("extract_article", "Extraction"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
