//! Packing a game directory for `upload-files-archive`: tar.gz (what omgservers builds from) or
//! zip (upstream's format), without VCS and build folders, with paths relative to the directory.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::ArchiveFormat;
use crate::error::CtlError;

/// Folders never packed.
pub const SKIPPED: &[&str] = &[".git", ".hg", ".svn", "target", "node_modules"];

/// A packed archive.
pub struct Packed {
    pub bytes: Vec<u8>,
    pub files: usize,
}

/// Regular files under `dir`, sorted, relative to it, skipping [`SKIPPED`] folders.
pub fn collect(dir: &Path) -> Result<Vec<PathBuf>, CtlError> {
    if !dir.is_dir() {
        return Err(CtlError::usage(
            format!("{} is not a directory", dir.display()),
            "pass the directory holding the game's files",
        ));
    }
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        let entries = std::fs::read_dir(&abs)
            .map_err(|e| CtlError::io(format!("cannot read {}", abs.display()), e))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| CtlError::io(format!("cannot read {}", abs.display()), e))?;
            let name = entry.file_name();
            let file_type = entry
                .file_type()
                .map_err(|e| CtlError::io("cannot stat", e))?;
            let rel_child = rel.join(&name);
            if file_type.is_dir() {
                if !SKIPPED.iter().any(|s| name == *s) {
                    stack.push(rel_child);
                }
            } else if file_type.is_file() {
                files.push(rel_child);
            }
            // Symlinks are skipped: they could point outside the directory.
        }
    }
    files.sort();
    Ok(files)
}

/// Packs `dir`; refuses an empty result.
pub fn pack(dir: &Path, format: ArchiveFormat) -> Result<Packed, CtlError> {
    let files = collect(dir)?;
    if files.is_empty() {
        return Err(CtlError::usage(
            format!(
                "nothing to upload: {} has no files (skipping {})",
                dir.display(),
                SKIPPED.join(", ")
            ),
            "pass the directory holding the game's files",
        ));
    }
    let io = |e: std::io::Error| CtlError::io("cannot build the archive", e);
    let bytes = match format {
        ArchiveFormat::TarGz => {
            let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            let mut tar = tar::Builder::new(gz);
            tar.mode(tar::HeaderMode::Deterministic);
            for rel in &files {
                tar.append_path_with_name(dir.join(rel), unix_path(rel))
                    .map_err(io)?;
            }
            tar.into_inner().map_err(io)?.finish().map_err(io)?
        }
        ArchiveFormat::Zip => {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for rel in &files {
                zip.start_file(unix_path(rel), options)
                    .map_err(|e| CtlError::failed(format!("cannot build the zip: {e}"), ""))?;
                let content = std::fs::read(dir.join(rel)).map_err(io)?;
                zip.write_all(&content).map_err(io)?;
            }
            zip.finish()
                .map_err(|e| CtlError::failed(format!("cannot build the zip: {e}"), ""))?
                .into_inner()
        }
    };
    Ok(Packed {
        bytes,
        files: files.len(),
    })
}

fn unix_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// `1.2 MiB` style sizes.
pub fn human_size(bytes: usize) -> String {
    let b = bytes as f64;
    if b < 1024.0 {
        format!("{bytes} B")
    } else if b < 1024.0 * 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{:.1} MiB", b / 1024.0 / 1024.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_vcs_and_build_folders_and_refuses_empty() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for d in [".git", "target", "node_modules/x", "lib"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        std::fs::write(root.join(".git/HEAD"), "x").unwrap();
        std::fs::write(root.join("target/out"), "x").unwrap();
        std::fs::write(root.join("node_modules/x/y.js"), "x").unwrap();
        assert!(matches!(
            pack(root, ArchiveFormat::TarGz),
            Err(CtlError::Usage { .. })
        ));
        std::fs::write(root.join("main.lua"), "print(1)").unwrap();
        std::fs::write(root.join("lib/util.lua"), "return {}").unwrap();
        assert_eq!(
            collect(root).unwrap(),
            vec![PathBuf::from("lib/util.lua"), PathBuf::from("main.lua")]
        );
        let packed = pack(root, ArchiveFormat::TarGz).unwrap();
        assert_eq!(packed.files, 2);
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(&packed.bytes[..]));
        let names: Vec<String> = archive
            .entries()
            .unwrap()
            .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["lib/util.lua", "main.lua"]);
        let zipped = pack(root, ArchiveFormat::Zip).unwrap();
        let zip = zip::ZipArchive::new(std::io::Cursor::new(zipped.bytes)).unwrap();
        let mut names: Vec<&str> = zip.file_names().collect();
        names.sort();
        assert_eq!(names, vec!["lib/util.lua", "main.lua"]);
    }
}
