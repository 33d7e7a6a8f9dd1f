"""Printing and saving the documents the services render (referral letters, consent forms, packets)."""
