//! Words of the class screens: joining a class, the progress card, the trainer's roster and
//! the certificate.
