"""Training the statistical NER model: generated text labelled by construction, silver labels from
our own rules on a user's folder, and the spaCy training run. See ``models/README.md``."""
