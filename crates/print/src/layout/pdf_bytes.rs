//! The finished document as the bytes of a PDF file.
//!
//! printpdf compresses every stream at zlib's best level, which searches hardest for repeats
//! and was a third of the time of a packet of 500 numbered forms. A page's drawing is short
//! and repetitive (the same few operators with new numbers), so zlib's default level finds
//! nearly all of it: files grow by a few per cent and are written in a fraction of the time.

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::Compression;
use printpdf::{PdfDocument, PdfSaveOptions};

/// The PDF file of `doc`, its fonts subset to the letters used and its streams compressed.
pub fn of(doc: &PdfDocument) -> Vec<u8> {
    let options = PdfSaveOptions {
        subset_fonts: true,
        // Compression happens here, at our level, instead.
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut document = doc.to_lopdf_document(&options, &mut Vec::new());
    for object in document.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                compress(stream);
            }
        }
    }
    let mut bytes = Vec::new();
    // Writing into memory cannot fail.
    let _ = document.save_to(&mut bytes);
    bytes
}

/// Compresses one stream, unless that would not make it smaller.
fn compress(stream: &mut lopdf::Stream) {
    let mut encoder = ZlibEncoder::new(
        Vec::with_capacity(stream.content.len() / 3),
        Compression::default(),
    );
    let Ok(compressed) = encoder
        .write_all(&stream.content)
        .and_then(|()| encoder.finish())
    else {
        return;
    };
    if compressed.len() < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
}
