"""A trained statistical NER (spaCy `ner` over hash embeddings) that supplements the rules.

`data` turns gold files into spaCy training docs (the pipelines' own tokenizers),
`train` trains and saves the model (`python -m pipeline.entities.statistical.train`),
`supplement` decides which predicted spans join the rule mentions and fills their values.
The spaCy component that runs it is `pipeline.nlp.statistical`.
"""
