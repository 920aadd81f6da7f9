//! Integration tests for printed documents: each PDF is parsed back with qpdf and pdftotext
//! (poppler-utils), which `make test` installs.

mod sign_in;
