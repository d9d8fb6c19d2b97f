//! `developer upload-files-archive`: packing, the upload with progress, following the build.

use std::io::Read;
use std::time::{Duration, Instant};

use omgservers_types::details::BuildState;
use omgservers_types::developer as dev;
use omgservers_types::endpoints as ep;

use crate::archive;
use crate::client::{parse, Body, Ctx, Op};
use crate::commands::rollout::{
    get_build_log, is_missing_endpoint, last_lines, poll, wait_for_image, Step,
};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::Out;

/// Follows the build of an uploaded archive until it succeeds or fails. Without a build id (a
/// server that does not report it), waits for the version's image instead.
pub(crate) fn follow_build(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
    build: Option<i64>,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let image_hint =
        "check the build with `omgctl developer get-version-details`, or raise --timeout";
    let Some(build) = build else {
        ctx.ui
            .note("The server did not report a build; waiting for the version's image");
        return wait_for_image(ctx, tenant, version_id, deadline, timeout, image_hint);
    };
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s following build {build}",
            timeout.as_secs()
        ),
        &format!(
            "the build goes on; follow it with `omgctl developer get-build-log {tenant} {build}`, or raise --timeout"
        ),
        |ctx| {
            let v = match get_build_log(ctx, tenant, build) {
                Ok(v) => v,
                Err(e) if is_missing_endpoint(&e) => return Ok(Step::Done(None)),
                Err(e) => return Err(e),
            };
            let b: dev::GetBuildLogResponse = parse(v)?;
            Ok(match b.state {
                BuildState::SUCCEEDED | BuildState::FAILED => Step::Done(Some(b)),
                state => Step::Waiting(format!("Build {build} of version {version_id}: {state}")),
            })
        },
    )?;
    let Some(b) = result else {
        ctx.ui
            .warn("the server has no get-build-log (an older server); waiting for the version's image instead");
        return wait_for_image(ctx, tenant, version_id, deadline, timeout, image_hint);
    };
    if b.state == BuildState::FAILED {
        if !b.log.trim().is_empty() {
            ctx.ui.note(&format!(
                "Last lines of the log of build {build}:\n{}",
                last_lines(&b.log, 30)
            ));
        }
        return Err(CtlError::failed(
            format!("build {build} of version {version_id} failed"),
            format!("the whole log: `omgctl developer get-build-log {tenant} {build}`"),
        ));
    }
    ctx.ui.success(&format!(
        "Build {build} succeeded, image {}",
        b.image_id.as_deref().unwrap_or("-")
    ));
    Ok(())
}

/// A reader that advances a progress bar.
pub(crate) struct Progress<R> {
    inner: R,
    bar: indicatif::ProgressBar,
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

pub(crate) fn upload(
    ctx: &mut Ctx,
    tenant: String,
    version_id: i64,
    dir: &std::path::Path,
    format: crate::cli::ArchiveFormat,
    verbose: bool,
) -> Result<(Out, Option<i64>), CtlError> {
    let selection = archive::collect(dir)?;
    if verbose {
        for file in &selection.files {
            ctx.ui.note(&format!("  packed   {}", file.display()));
        }
        for file in &selection.skipped {
            ctx.ui.note(&format!("  skipped  {}", file.display()));
        }
    }
    let packed = archive::pack(dir, format, &selection.files)?;
    let size = packed.bytes.len();
    let skipped = match selection.skipped.len() {
        0 => String::new(),
        n => format!(
            "; left out {n} ignored or .env file{} (--verbose lists them)",
            if n == 1 { "" } else { "s" }
        ),
    };
    ctx.ui.note(&format!(
        "Packed {} files from {} ({}){skipped}",
        packed.files,
        dir.display(),
        archive::human_size(size)
    ));
    let bytes = std::sync::Arc::new(packed.bytes);
    let interactive = ctx.ui.interactive_err;
    let (file_name, mime) = match format {
        crate::cli::ArchiveFormat::TarGz => ("version.tar.gz", "application/gzip"),
        crate::cli::ArchiveFormat::Zip => ("version.zip", "application/zip"),
    };
    let bar = interactive.then(|| {
        let bar = indicatif::ProgressBar::new(size as u64);
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "Uploading [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    });
    let form_bar = bar.clone();
    let form = move || {
        let reader: Box<dyn Read + Send> = match &form_bar {
            Some(b) => {
                b.set_position(0);
                Box::new(Progress {
                    inner: std::io::Cursor::new(SharedBytes(bytes.clone())),
                    bar: b.clone(),
                })
            }
            None => Box::new(std::io::Cursor::new(SharedBytes(bytes.clone()))),
        };
        let part = reqwest::blocking::multipart::Part::reader_with_length(reader, size as u64)
            .file_name(file_name);
        let part = match part.mime_str(mime) {
            Ok(p) => p,
            Err(_) => reqwest::blocking::multipart::Part::bytes(Vec::new()),
        };
        reqwest::blocking::multipart::Form::new()
            .text("tenant", tenant.clone())
            .text("tenantVersionId", version_id.to_string())
            // The part name is the wire contract; upstream's server looks for exactly this.
            .part("version.zip", part)
    };
    let result = ctx.call_body(
        Role::Developer,
        Op::of::<ep::developer::UploadFilesArchive>(),
        Body::Multipart(Box::new(form)),
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let v = result?;
    let resp: dev::UploadFilesArchiveResponse = parse(v.clone())?;
    let id = resp.files_archive_id.to_string();
    let mut remember = vec![("FILES_ARCHIVE", id.clone())];
    let mut rows = vec![("FILES_ARCHIVE", id.clone())];
    let mut message = format!("Files archive was uploaded, FILES_ARCHIVE={id}");
    let build = resp.build_request_id.map(|b| b.get());
    if let Some(b) = build {
        remember.push(("BUILD_REQUEST", b.to_string()));
        rows.push(("BUILD_REQUEST", b.to_string()));
        message.push_str(&format!(", BUILD_REQUEST={b}"));
    }
    ctx.remember(&remember)?;
    Ok((Out::new(v).id(id).kv(&rows).message(message), build))
}

/// Shared archive bytes, so a retried request does not copy them.
pub(crate) struct SharedBytes(std::sync::Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}
