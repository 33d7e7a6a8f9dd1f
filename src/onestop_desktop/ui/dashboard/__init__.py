"""현황 dashboard window and the period report dialog."""
