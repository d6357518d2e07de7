//! Words the class core writes into things that leave the app: the CSV report, dates on
//! the certificate, and why a pasted progress code could not be read.
