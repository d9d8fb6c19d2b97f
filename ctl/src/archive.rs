//! Packing a game directory for `upload-files-archive`: tar.gz (what omgservers builds from) or
//! zip (upstream's format), with paths relative to the directory. What git would not commit
//! stays out: the directory's `.gitignore` files (whether or not it is a git checkout), `.ignore`
//! and `.omgignore` files (gitignore syntax, for what only the upload should leave out), VCS and
//! build folders, and `.env` files, which hold secrets.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::ArchiveFormat;
use crate::error::CtlError;

/// Folders never packed.
pub const SKIPPED: &[&str] = &[".git", ".hg", ".svn", "target", "node_modules"];

/// Ignore files read in every folder of the game, besides `.gitignore` and `.ignore`.
pub const OMGIGNORE: &str = ".omgignore";

/// A packed archive.
pub struct Packed {
    pub bytes: Vec<u8>,
    pub files: usize,
}

/// What [`collect`] found, relative to the directory and sorted: the files to pack, and the
/// files left out by an ignore rule or as `.env` files (not those in [`SKIPPED`] folders).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<PathBuf>,
}

/// `.env`, `.env.local`, `.env.production` …: secrets, never uploaded.
fn is_env_file(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name == ".env" || name.starts_with(".env.")
}

fn in_skipped_folder(entry: &ignore::DirEntry) -> bool {
    entry.file_type().is_some_and(|t| t.is_dir()) && SKIPPED.iter().any(|s| entry.file_name() == *s)
}

/// Regular files under `dir` (symlinks are never followed: they could point outside it).
fn walk(dir: &Path, honour_ignores: bool) -> Result<Vec<PathBuf>, CtlError> {
    let mut builder = ignore::WalkBuilder::new(dir);
    builder
        .standard_filters(false)
        .follow_links(false)
        .filter_entry(move |e| {
            let left_out = in_skipped_folder(e) || (honour_ignores && is_env_file(e.file_name()));
            !left_out
        });
    if honour_ignores {
        // The game's own rules only, so an upload is the same on every machine: no global
        // gitignore, no rules from folders above the game's.
        builder
            .git_ignore(true)
            .ignore(true)
            .require_git(false)
            .add_custom_ignore_filename(OMGIGNORE);
    }
    let mut files = Vec::new();
    for entry in builder.build() {
        let entry = entry
            .map_err(|e| CtlError::failed(format!("cannot read {}: {e}", dir.display()), ""))?;
        if entry.file_type().is_some_and(|t| t.is_file()) {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            files.push(rel.to_path_buf());
        }
    }
    files.sort();
    Ok(files)
}

/// The files of `dir` to pack and those its ignore rules leave out.
pub fn collect(dir: &Path) -> Result<Selection, CtlError> {
    if !dir.is_dir() {
        return Err(CtlError::usage(
            format!("{} is not a directory", dir.display()),
            "pass the directory holding the game's files",
        ));
    }
    let files = walk(dir, true)?;
    let skipped = walk(dir, false)?
        .into_iter()
        .filter(|f| files.binary_search(f).is_err())
        .collect();
    Ok(Selection { files, skipped })
}

/// Packs `dir`; refuses an empty result.
pub fn pack(dir: &Path, format: ArchiveFormat, files: &[PathBuf]) -> Result<Packed, CtlError> {
    if files.is_empty() {
        return Err(CtlError::usage(
            format!(
                "nothing to upload: {} has no files (skipping {}, .env files and what \
                 .gitignore, .ignore and {OMGIGNORE} files leave out)",
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
            for rel in files {
                tar.append_path_with_name(dir.join(rel), unix_path(rel))
                    .map_err(io)?;
            }
            tar.into_inner().map_err(io)?.finish().map_err(io)?
        }
        ArchiveFormat::Zip => {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for rel in files {
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

    fn write(root: &Path, rel: &str, content: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn skips_vcs_and_build_folders_and_refuses_empty() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, ".git/HEAD", "x");
        write(root, "target/out", "x");
        write(root, "node_modules/x/y.js", "x");
        let none = collect(root).unwrap();
        assert!(none.files.is_empty());
        assert!(matches!(
            pack(root, ArchiveFormat::TarGz, &none.files),
            Err(CtlError::Usage { .. })
        ));
        write(root, "main.lua", "print(1)");
        write(root, "lib/util.lua", "return {}");
        let selection = collect(root).unwrap();
        assert_eq!(selection.files, paths(&["lib/util.lua", "main.lua"]));
        let packed = pack(root, ArchiveFormat::TarGz, &selection.files).unwrap();
        assert_eq!(packed.files, 2);
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(&packed.bytes[..]));
        let names: Vec<String> = archive
            .entries()
            .unwrap()
            .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["lib/util.lua", "main.lua"]);
        let zipped = pack(root, ArchiveFormat::Zip, &selection.files).unwrap();
        let zip = zip::ZipArchive::new(std::io::Cursor::new(zipped.bytes)).unwrap();
        let mut names: Vec<&str> = zip.file_names().collect();
        names.sort();
        assert_eq!(names, vec!["lib/util.lua", "main.lua"]);
    }

    #[test]
    fn ignore_files_and_env_files_stay_out() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // Not a git checkout: .gitignore applies all the same.
        write(root, ".gitignore", "build/\n*.log\n");
        write(root, ".omgignore", "docs/\n");
        write(root, "levels/.gitignore", "draft-*.json\n");
        write(root, "main.lua", "print(1)");
        write(root, ".luarc.json", "{}");
        write(root, "levels/one.json", "{}");
        write(root, "levels/draft-two.json", "{}");
        write(root, "build/game.bin", "x");
        write(root, "debug.log", "x");
        write(root, "docs/notes.md", "x");
        write(root, ".env", "SECRET=1");
        write(root, "config/.env.production", "SECRET=2");
        let selection = collect(root).unwrap();
        assert_eq!(
            selection.files,
            paths(&[
                ".gitignore",
                ".luarc.json",
                ".omgignore",
                "levels/.gitignore",
                "levels/one.json",
                "main.lua",
            ])
        );
        assert_eq!(
            selection.skipped,
            paths(&[
                ".env",
                "build/game.bin",
                "config/.env.production",
                "debug.log",
                "docs/notes.md",
                "levels/draft-two.json",
            ])
        );
    }

    #[test]
    fn rules_above_the_game_directory_do_not_apply() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), ".gitignore", "game/\n*.lua\n");
        let root = dir.path().join("game");
        write(&root, "main.lua", "print(1)");
        assert_eq!(collect(&root).unwrap().files, paths(&["main.lua"]));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), "secret.txt", "x");
        let root = dir.path();
        write(root, "main.lua", "print(1)");
        std::os::unix::fs::symlink(outside.path(), root.join("linked")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.join("s.txt")).unwrap();
        assert_eq!(collect(root).unwrap().files, paths(&["main.lua"]));
    }
}
