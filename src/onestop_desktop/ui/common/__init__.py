"""The UI's toolkit: text and date formatting, labels of domain values, tables, fields and their error
messages, form submission, the unsaved-input questions, small widgets. Every screen may import it; it imports
nothing from the screens' folders."""
