"""Language processing: model loading, language detection, Doc extensions."""
