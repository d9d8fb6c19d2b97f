//! `upload-files-archive` refusals, before any build starts: every bad request is a 4xx that
//! names the problem, and nothing is stored (the version has no build request afterwards).

use omgservers_e2e::fixtures::{self, tar_gz, upload_archive, World};
use omgservers_e2e::{both_backends, error_of, Backend, TestServer};
use serde_json::{json, Value};

async fn build_requests(server: &TestServer, w: &World) -> Value {
    let body = json!({"tenant": w.tenant, "version_id": w.version});
    let details = server
        .ok("developer", "get-version-details", Some(&w.dev.token), body)
        .await;
    details["details"]["build_requests"].clone()
}

async fn refused(
    server: &TestServer,
    w: &World,
    token: Option<&str>,
    archive: Vec<u8>,
    status: u16,
) -> (String, String) {
    let (actual, body) = upload_archive(server, token, &w.tenant, &w.version, archive).await;
    assert_eq!(actual.as_u16(), status, "{body}");
    error_of(&body)
}

both_backends! {
    async fn bad_uploads_are_refused_and_store_nothing(server: TestServer) {
        let w = fixtures::world(&server).await;
        let token = Some(w.dev.token.as_str());

        let traversal = tar_gz(&[("main.lua", b"x"), ("../escape.lua", b"x")]);
        let (qualifier, message) = refused(&server, &w, token, traversal, 400).await;
        assert_eq!(qualifier, "WRONG_VERSION_ZIP");
        assert!(message.contains(".."), "{message}");

        let no_main = tar_gz(&[("game.lua", b"x")]);
        let (qualifier, message) = refused(&server, &w, token, no_main, 400).await;
        assert_eq!(qualifier, "WRONG_VERSION_ZIP");
        assert!(message.contains("main.lua"), "{message}");

        let (qualifier, _) = refused(&server, &w, token, b"plain text".to_vec(), 400).await;
        assert_eq!(qualifier, "WRONG_VERSION_ZIP");

        // No archive part at all: upstream's qualifier.
        let form = reqwest::multipart::Form::new()
            .text("tenant", w.tenant.clone())
            .text("tenantVersionId", w.version.clone());
        let response = server
            .http
            .post(server.url("developer", "upload-files-archive"))
            .bearer_auth(&w.dev.token)
            .multipart(form)
            .send()
            .await
            .unwrap();
        let (status, body) = omgservers_e2e::read(response).await;
        assert_eq!(status.as_u16(), 400, "{body}");
        assert_eq!(error_of(&body).0, "VERSION_ZIP_NOT_FOUND");

        // Not multipart at all.
        let (qualifier, message) = server
            .fails("developer", "upload-files-archive", token, json!({"tenant": w.tenant}), 415)
            .await;
        assert_eq!(qualifier, "WRONG_MEDIA_TYPE");
        assert!(message.contains("multipart/form-data"), "{message}");

        let good = tar_gz(&[("main.lua", b"print('hi')")]);
        refused(&server, &w, None, good.clone(), 401).await;
        let colleague = fixtures::developer(&server, &w.support).await;
        let (qualifier, _) = refused(&server, &w, Some(&colleague.token), good.clone(), 403).await;
        assert_eq!(qualifier, "PERMISSION_NOT_FOUND");
        let (status, body) = upload_archive(&server, token, &w.tenant, "1", good).await;
        assert_eq!(status.as_u16(), 404, "{body}");

        assert_eq!(build_requests(&server, &w).await, json!([]));
    }
}

async fn an_archive_over_the_limit_is_413(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.builder_archive_limit = 4096;
    })
    .await;
    let w = fixtures::world(&server).await;
    let big: Vec<u8> = (0..20_000u32).flat_map(|i| i.to_le_bytes()).collect();
    let archive = tar_gz(&[("main.lua", &big)]);
    assert!(archive.len() > 4096);
    let (qualifier, _) = refused(&server, &w, Some(&w.dev.token), archive, 413).await;
    assert_eq!(qualifier, "REQUEST_TOO_LARGE");
    assert_eq!(build_requests(&server, &w).await, json!([]));
}

omgservers_e2e::on_both_backends!(an_archive_over_the_limit_is_413);
