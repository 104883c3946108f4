"""Other NLP toolkits whose annotations can feed the same candidates and resolve step."""
