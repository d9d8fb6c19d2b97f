//! Files archives (`upload-files-archive`): upstream's zip or the tar.gz that omgctl sends,
//! checked before anything is stored — only regular files and folders under relative paths
//! (no `..`, no absolute paths, no links or devices, no duplicates), a bounded number of
//! entries and a bounded unpacked size read with a limit (a decompression bomb stops at the
//! limit, it is never inflated), and `main.lua` at the root as upstream requires.

use std::collections::BTreeSet;
use std::io::Read;

use omgservers_types::ErrorQualifier;

use crate::error::{Error, Result};

pub const MAX_ENTRIES: usize = 10_000;
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The entry point upstream's LuaJIT runtime image runs.
pub const REQUIRED_FILE: &str = "main.lua";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Zip,
    TarGz,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Zip => "zip",
            Format::TarGz => "tar.gz",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Relative, `/`-separated, normalized.
    pub path: String,
    pub data: Vec<u8>,
    pub executable: bool,
}

fn wrong(message: impl Into<String>) -> Error {
    Error::Invalid {
        qualifier: ErrorQualifier::WRONG_VERSION_ZIP,
        message: message.into(),
    }
}

pub fn detect(bytes: &[u8]) -> Result<Format> {
    match bytes {
        [b'P', b'K', 3, 4, ..] | [b'P', b'K', 5, 6, ..] => Ok(Format::Zip),
        [0x1f, 0x8b, ..] => Ok(Format::TarGz),
        [] => Err(wrong("the archive is empty")),
        _ => Err(wrong(
            "the archive is neither a zip nor a gzip-compressed tar",
        )),
    }
}

/// A safe relative path, or why not.
fn normalize(raw: &str) -> Result<String> {
    if raw.contains('\0') || raw.contains('\\') {
        return Err(wrong(format!(
            "entry `{}` has a NUL or backslash in its path",
            raw.escape_debug()
        )));
    }
    if raw.starts_with('/') {
        return Err(wrong(format!("entry `{raw}` has an absolute path")));
    }
    let mut parts = Vec::new();
    for part in raw.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                return Err(wrong(format!(
                    "entry `{raw}` leaves the archive root (`..`)"
                )))
            }
            p => parts.push(p),
        }
    }
    Ok(parts.join("/"))
}

/// Counts entries and unpacked bytes against the limits.
struct Budget {
    entries: usize,
    bytes: u64,
    seen: BTreeSet<String>,
}

impl Budget {
    fn new() -> Budget {
        Budget {
            entries: 0,
            bytes: 0,
            seen: BTreeSet::new(),
        }
    }

    fn entry(&mut self, path: &str) -> Result<()> {
        self.entries += 1;
        if self.entries > MAX_ENTRIES {
            return Err(wrong(format!(
                "the archive has more than {MAX_ENTRIES} entries"
            )));
        }
        if !self.seen.insert(path.to_owned()) {
            return Err(wrong(format!("entry `{path}` appears twice")));
        }
        Ok(())
    }

    /// Reads one file's contents, never more than what is left of the budget (+1 to notice).
    fn read(&mut self, path: &str, reader: impl Read) -> Result<Vec<u8>> {
        let left = MAX_UNPACKED_BYTES - self.bytes;
        let mut data = Vec::new();
        reader
            .take(left + 1)
            .read_to_end(&mut data)
            .map_err(|e| wrong(format!("entry `{path}` cannot be read: {e}")))?;
        self.bytes += data.len() as u64;
        if self.bytes > MAX_UNPACKED_BYTES {
            return Err(wrong(format!(
                "the archive unpacks to more than {} MiB",
                MAX_UNPACKED_BYTES / (1024 * 1024)
            )));
        }
        Ok(data)
    }
}

/// Unpacks and checks an archive; the files come back in path order.
pub fn unpack(bytes: &[u8]) -> Result<(Format, Vec<Entry>)> {
    let format = detect(bytes)?;
    let mut entries = match format {
        Format::Zip => unzip(bytes)?,
        Format::TarGz => untar(bytes)?,
    };
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    if !entries.iter().any(|e| e.path == REQUIRED_FILE) {
        return Err(wrong(format!(
            "the archive has no `{REQUIRED_FILE}` at its root (found {} files)",
            entries.len()
        )));
    }
    Ok((format, entries))
}

fn unzip(bytes: &[u8]) -> Result<Vec<Entry>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| wrong(format!("the zip archive cannot be read: {e}")))?;
    let mut budget = Budget::new();
    let mut files = Vec::new();
    for index in 0..zip.len() {
        let file = zip
            .by_index(index)
            .map_err(|e| wrong(format!("zip entry {index} cannot be read: {e}")))?;
        let path = normalize(file.name())?;
        budget.entry(&path)?;
        if file.is_symlink() {
            return Err(wrong(format!(
                "entry `{path}` is a link; only files and folders are allowed"
            )));
        }
        if file.is_dir() || path.is_empty() {
            continue;
        }
        let mode = file.unix_mode();
        if let Some(mode) = mode {
            // S_IFMT: only regular files (0o100000) or no type bits.
            let kind = mode & 0o170000;
            if kind != 0 && kind != 0o100000 {
                return Err(wrong(format!("entry `{path}` is not a regular file")));
            }
        }
        let executable = mode.is_some_and(|m| m & 0o111 != 0);
        let data = budget.read(&path, file)?;
        files.push(Entry {
            path,
            data,
            executable,
        });
    }
    Ok(files)
}

fn untar(bytes: &[u8]) -> Result<Vec<Entry>> {
    let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    let mut budget = Budget::new();
    let mut files = Vec::new();
    let entries = tar
        .entries()
        .map_err(|e| wrong(format!("the tar.gz archive cannot be read: {e}")))?;
    for entry in entries {
        let entry = entry.map_err(|e| wrong(format!("the tar.gz archive cannot be read: {e}")))?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let path = normalize(&raw)?;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions()
            || kind.is_pax_local_extensions()
            || kind.is_gnu_longname()
        {
            continue;
        }
        budget.entry(&path)?;
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            return Err(wrong(format!(
                "entry `{path}` is a {kind:?}; only files and folders are allowed"
            )));
        }
        if path.is_empty() {
            return Err(wrong(format!("entry `{raw}` has an empty path")));
        }
        let executable = entry.header().mode().is_ok_and(|m| m & 0o111 != 0);
        let data = budget.read(&path, entry)?;
        files.push(Entry {
            path,
            data,
            executable,
        });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use std::io::Write;

    use super::*;

    fn tar_gz(build: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        build(&mut builder);
        let raw = builder.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&raw).unwrap();
        gz.finish().unwrap()
    }

    fn file(builder: &mut tar::Builder<Vec<u8>>, path: &str, data: &[u8]) {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        // Written raw, so hostile names reach the reader as they would from an attacker.
        let name = header.as_old_mut().name.as_mut();
        name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        builder.append(&header, data).unwrap();
    }

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, data) in files {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn message(result: Result<(Format, Vec<Entry>)>) -> String {
        match result {
            Err(Error::Invalid { qualifier, message }) => {
                assert_eq!(qualifier, ErrorQualifier::WRONG_VERSION_ZIP);
                message
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn good_archives_unpack_in_both_formats() {
        let tgz = tar_gz(|b| {
            file(b, "./main.lua", b"print(1)");
            file(b, "lib/util.lua", b"return {}");
        });
        let (format, entries) = unpack(&tgz).unwrap();
        assert_eq!(format, Format::TarGz);
        let paths: Vec<&str> = entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["lib/util.lua", "main.lua"]);
        let zip = zip_of(&[("main.lua", b"print(1)"), ("a/b.lua", b"x")]);
        let (format, entries) = unpack(&zip).unwrap();
        assert_eq!(format, Format::Zip);
        assert_eq!(entries[1].data, b"print(1)");
    }

    #[test]
    fn hostile_archives_are_refused() {
        let traversal = tar_gz(|b| {
            file(b, "main.lua", b"");
            file(b, "../../etc/passwd", b"x");
        });
        assert!(message(unpack(&traversal)).contains(".."));
        let absolute = zip_of(&[("main.lua", b""), ("/etc/passwd", b"x")]);
        assert!(message(unpack(&absolute)).contains("absolute"));
        let link = tar_gz(|b| {
            file(b, "main.lua", b"");
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(tar::EntryType::Symlink);
            header.set_size(0);
            b.append_link(&mut header, "evil", "/etc/passwd").unwrap();
        });
        assert!(message(unpack(&link)).contains("Symlink"));
        let twice = zip_of(&[("main.lua", b""), ("./main.lua", b"")]);
        assert!(message(unpack(&twice)).contains("twice"));
        assert!(message(unpack(b"not an archive")).contains("neither"));
        let no_main = zip_of(&[("game.lua", b"")]);
        assert!(message(unpack(&no_main)).contains("main.lua"));
    }

    #[test]
    fn a_decompression_bomb_stops_at_the_limit() {
        // 300 MiB of zeros compress to well under a megabyte.
        let mut zeros = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let mut raw = tar::Builder::new(Vec::new());
        let size = 300 * 1024 * 1024u64;
        let mut header = tar::Header::new_gnu();
        header.set_size(size);
        header.set_mode(0o644);
        header.set_path("main.lua").unwrap();
        header.set_cksum();
        raw.append(&header, std::io::repeat(0).take(size)).unwrap();
        zeros.write_all(&raw.into_inner().unwrap()).unwrap();
        let bomb = zeros.finish().unwrap();
        assert!(bomb.len() < 2 * 1024 * 1024, "{}", bomb.len());
        assert!(message(unpack(&bomb)).contains("more than 256 MiB"));
    }
}
