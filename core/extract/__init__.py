"""Extract stage: quantified, attributed claims from one article (`extract_claims`)."""

from core.extract.claims import default_lexicon, extract_claims, is_on_topic

__all__ = ["default_lexicon", "extract_claims", "is_on_topic"]
