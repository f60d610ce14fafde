//! `pull`: resolve, fetch manifests and config, then download, verify and unpack
//! the layers, several at once, unpacking while the bytes arrive.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::Arc;
use std::time::SystemTime;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;
use futures_util::StreamExt;
use tokio::sync::{mpsc, Semaphore};

use super::manifest::{
    Descriptor, ImageConfig, ImageManifest, Manifest, Platform, ACCEPTED_MANIFESTS,
};
use super::reference::Reference;
use super::registry::{Operation, RegistryClient, RegistryError};
use super::store::{ImageRecord, LayerRecord};
use super::{auth, hosts, platform};
use crate::engine::snapshot::{chain_ids, Snapshots};
use crate::engine::store::content::{ContentError, ContentStore, IngestWriter};
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

#[derive(Debug, Clone)]
pub struct PullOptions {
    /// The platform to pull; the host's when None.
    pub platform: Option<Platform>,
    /// How many layers download at once.
    pub max_concurrent: usize,
}

impl Default for PullOptions {
    fn default() -> Self {
        PullOptions {
            platform: None,
            max_concurrent: 3,
        }
    }
}

/// What happens to a layer, in docker's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerStatus {
    Waiting,
    AlreadyExists,
    Downloading { current: u64, total: u64 },
    DownloadComplete,
    Extracting,
    PullComplete,
}

/// Receives progress; the CLI renders it.
pub trait PullProgress: Send + Sync {
    /// A pull of an image that is not in the store is about to begin (docker's
    /// `Unable to find image … locally`).
    fn not_found_locally(&self, _reference: &Reference) {}
    /// The reference resolved and the layer list is known.
    fn start(&self, _reference: &Reference, _layers: &[Descriptor]) {}
    fn layer(&self, _layer: &Descriptor, _status: LayerStatus) {}
}

/// A progress sink that reports nothing.
pub struct NoProgress;
impl PullProgress for NoProgress {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PullStatus {
    Downloaded,
    UpToDate,
}

#[derive(Debug, Clone)]
pub struct PullResult {
    pub reference: Reference,
    pub id: String,
    /// The digest the registry knows the image by.
    pub digest: String,
    pub status: PullStatus,
}

/// Turns a registry failure into docker's wording for pulls.
fn pull_error(reference: &Reference, err: RegistryError) -> anyhow::Error {
    match err {
        RegistryError::NotFound(detail) if detail.starts_with("name unknown") => anyhow!(
            "repository {} not found: {detail}",
            reference.familiar_repository()
        ),
        RegistryError::NotFound(detail) => {
            anyhow!("manifest for {} not found: {detail}", reference.familiar())
        }
        RegistryError::Denied(detail) => anyhow!(
            "pull access denied for {}, repository does not exist or may require 'docker login': {detail}",
            reference.familiar_repository()
        ),
        other => anyhow!("{other}"),
    }
}

/// Builds a client for `reference`'s registry with the configured endpoints and credentials.
pub fn client_for(engine: &Engine, reference: &Reference, op: Operation) -> Result<RegistryClient> {
    let registry = reference.registry_host();
    if registry.is_empty() {
        bail!("invalid reference format: {reference} has no registry");
    }
    let endpoints = hosts::resolve(&registry, &engine.registry, engine.rootless)
        .map_err(|e| anyhow!("registry {registry}: {e}"))?;
    let creds = auth::lookup(&registry).map_err(|e| anyhow!(e))?;
    RegistryClient::new(&registry, endpoints, creds, op).map_err(|e| anyhow!("{e}"))
}

pub async fn pull(
    engine: &Engine,
    reference: &Reference,
    opts: &PullOptions,
    progress: Arc<dyn PullProgress>,
) -> Result<PullResult> {
    let content = engine.content();
    content.clean_ingest();
    // Keep garbage collection from deleting what we are about to reference.
    let _gc = FileLock::shared(&engine.paths.lock_file("gc"))
        .with_context(|| format!("locking store {}", engine.paths.root.display()))?;

    let client = client_for(engine, reference, Operation::Pull)?;
    let repo = reference.path.clone();
    let want = opts.platform.clone().unwrap_or_else(platform::host);

    let top = client
        .manifest(&repo, &reference.tag_or_digest(), ACCEPTED_MANIFESTS)
        .await
        .map_err(|e| pull_error(reference, e))?;
    let top_doc = Manifest::parse(&top.bytes, top.media_type.as_deref())
        .map_err(|e| anyhow!("{reference}: {e}"))?;
    let (manifest_bytes, manifest_digest, manifest_media_type) = match &top_doc {
        Manifest::Image(m) => (
            top.bytes.clone(),
            top.digest.clone(),
            m.media_type.clone().or(top.media_type.clone()),
        ),
        Manifest::Index(index) => {
            let desc = platform::select(&index.manifests, &want).ok_or_else(|| {
                anyhow!(
                    "no matching manifest for {} in the manifest list entries",
                    platform::format(&want)
                )
            })?;
            let bytes = match content.read(&desc.digest) {
                Ok(b) => Bytes::from(b),
                Err(_) => {
                    client
                        .manifest(&repo, &desc.digest, ACCEPTED_MANIFESTS)
                        .await
                        .map_err(|e| pull_error(reference, e))?
                        .bytes
                }
            };
            (bytes, desc.digest.clone(), Some(desc.media_type.clone()))
        }
    };
    let manifest: ImageManifest =
        match Manifest::parse(&manifest_bytes, manifest_media_type.as_deref())
            .map_err(|e| anyhow!("{reference}: {e}"))?
        {
            Manifest::Image(m) => m,
            Manifest::Index(_) => bail!("{reference}: an image index points at another index"),
        };

    // Already current: same registry digest and every layer unpacked.
    let snapshots = engine.snapshots();
    let images = engine.images();
    if let Some(result) = up_to_date(engine, &snapshots, reference, &top.digest, &manifest_digest)?
    {
        return Ok(result);
    }

    let config_bytes = match content.read(&manifest.config.digest) {
        Ok(b) => b,
        Err(_) => {
            let resp = client
                .blob(&repo, &manifest.config.digest)
                .await
                .map_err(|e| pull_error(reference, e))?;
            let b = resp
                .bytes()
                .await
                .map_err(|e| anyhow!("reading config of {reference}: {e}"))?;
            content
                .put(&manifest.config.digest, &b)
                .with_context(|| format!("config of {reference}"))?;
            b.to_vec()
        }
    };
    let config: ImageConfig = serde_json::from_slice(&config_bytes)
        .with_context(|| format!("malformed image config {}", manifest.config.digest))?;
    if opts.platform.is_some() && matches!(top_doc, Manifest::Image(_)) {
        let have = platform::normalize(&Platform {
            os: config.os.clone(),
            architecture: config.architecture.clone(),
            variant: config.variant.clone(),
            os_version: None,
        });
        if have.os != want.os || have.architecture != want.architecture {
            bail!(
                "image with reference {} was found but does not match the specified platform: wanted {}, actual: {}",
                reference.familiar(),
                platform::format(&want),
                platform::format(&have)
            );
        }
    }
    let diff_ids = config.rootfs.diff_ids.clone();
    if diff_ids.len() != manifest.layers.len() {
        bail!(
            "{reference}: manifest has {} layers but its config lists {} diffIDs",
            manifest.layers.len(),
            diff_ids.len()
        );
    }
    let chains = chain_ids(&diff_ids);

    progress.start(reference, &manifest.layers);
    let client = Arc::new(client);
    let extract_inline = !snapshots.sequential();
    let semaphore = Arc::new(Semaphore::new(opts.max_concurrent.max(1)));
    let mut tasks = Vec::new();
    for (i, layer) in manifest.layers.iter().enumerate() {
        let job = LayerJob {
            layer: layer.clone(),
            diff_id: diff_ids[i].clone(),
            chain_id: chains[i].clone(),
            parent: i.checked_sub(1).map(|p| chains[p].clone()),
            extract: extract_inline,
        };
        let (client, content, snapshots, progress, semaphore, repo) = (
            client.clone(),
            content.clone(),
            snapshots.clone(),
            progress.clone(),
            semaphore.clone(),
            repo.clone(),
        );
        let reference = reference.clone();
        tasks.push(tokio::spawn(async move {
            let _permit = semaphore.acquire_owned().await;
            job.run(&client, &repo, &content, &snapshots, progress.as_ref())
                .await
                .map_err(|e| match e.downcast::<RegistryError>() {
                    Ok(re) => pull_error(&reference, re),
                    Err(e) => e,
                })
        }));
    }
    let mut first_error = None;
    for task in tasks {
        let outcome = task.await.map_err(|e| anyhow!("layer task failed: {e}"));
        if let Err(e) = outcome.and_then(|r| r) {
            first_error.get_or_insert(e);
        }
    }
    if let Some(e) = first_error {
        return Err(e);
    }
    if !extract_inline {
        for (i, layer) in manifest.layers.iter().enumerate() {
            let parent = i.checked_sub(1).map(|p| chains[p].as_str());
            unpack_from_blob(
                &content,
                &snapshots,
                layer,
                &chains[i],
                parent,
                &diff_ids[i],
            )?;
            progress.layer(layer, LayerStatus::PullComplete);
        }
    }

    content
        .put(&manifest_digest, &manifest_bytes)
        .with_context(|| format!("manifest of {reference}"))?;
    if top.digest != manifest_digest {
        content
            .put(&top.digest, &top.bytes)
            .with_context(|| format!("index of {reference}"))?;
    }

    let size = snapshots.total_size(&chains);
    let layers = LayerRecord::for_unpacked(&manifest.layers, &diff_ids, &chains);
    let record = ImageRecord {
        id: manifest.config.digest.clone(),
        manifest_digest: manifest_digest.clone(),
        manifest_media_type: manifest_media_type
            .unwrap_or_else(|| super::manifest::OCI_MANIFEST.into()),
        target_digest: top.digest.clone(),
        repo_digests: vec![format!("{}@{}", reference.repository(), top.digest)],
        layers,
        platform: platform::normalize(&Platform {
            os: config.os.clone(),
            architecture: config.architecture.clone(),
            variant: config.variant.clone(),
            os_version: None,
        }),
        created: config.created.clone(),
        size,
        added: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
    };
    let id = record.id.clone();
    let mut txn = images.lock()?;
    txn.put_image(record);
    txn.tag(reference, &id);
    txn.commit()?;
    crate::engine::events::record(
        engine,
        "image",
        "pull",
        &reference.to_string(),
        &[("name", &reference.to_string())],
    );
    Ok(PullResult {
        reference: reference.clone(),
        id,
        digest: top.digest,
        status: PullStatus::Downloaded,
    })
}

fn up_to_date(
    engine: &Engine,
    snapshots: &Snapshots,
    reference: &Reference,
    digest: &str,
    manifest_digest: &str,
) -> Result<Option<PullResult>> {
    let txn = engine.images().read()?;
    let Some(id) = txn.id_for_name(&reference.to_string()) else {
        return Ok(None);
    };
    let Some(img) = txn.image(id) else {
        return Ok(None);
    };
    let content = engine.content();
    // The same index pulled for another platform is a different image.
    let complete = img.target_digest == digest
        && img.manifest_digest == manifest_digest
        && img
            .layers
            .iter()
            .all(|l| snapshots.exists(&l.chain_id) && content.has(&l.digest));
    Ok(complete.then(|| PullResult {
        reference: reference.clone(),
        id: img.id.clone(),
        digest: digest.to_string(),
        status: PullStatus::UpToDate,
    }))
}

struct LayerJob {
    layer: Descriptor,
    diff_id: String,
    chain_id: String,
    parent: Option<String>,
    /// Unpack while downloading (overlay); otherwise only fetch the blob.
    extract: bool,
}

const LAYER_ATTEMPTS: u32 = 3;

impl LayerJob {
    async fn run(
        &self,
        client: &RegistryClient,
        repo: &str,
        content: &ContentStore,
        snapshots: &Snapshots,
        progress: &dyn PullProgress,
    ) -> Result<()> {
        let done = |s: &Snapshots| s.exists(&self.chain_id) || !self.extract;
        if content.has(&self.layer.digest) && done(snapshots) {
            progress.layer(&self.layer, LayerStatus::AlreadyExists);
            return Ok(());
        }
        progress.layer(&self.layer, LayerStatus::Waiting);
        // Lock order everywhere: blob, then snapshot.
        let (content2, snaps2, digest, chain, extract) = (
            content.clone(),
            snapshots.clone(),
            self.layer.digest.clone(),
            self.chain_id.clone(),
            self.extract,
        );
        let locks = tokio::task::spawn_blocking(move || -> Result<_> {
            let blob = content2.ingest_lock(&digest)?;
            let snap = if extract {
                Some(snaps2.lock(&chain)?)
            } else {
                None
            };
            Ok((blob, snap))
        })
        .await??;
        if content.has(&self.layer.digest) {
            if !done(snapshots) {
                let (c, s, l, chain, parent, diff) = (
                    content.clone(),
                    snapshots.clone(),
                    self.layer.clone(),
                    self.chain_id.clone(),
                    self.parent.clone(),
                    self.diff_id.clone(),
                );
                progress.layer(&self.layer, LayerStatus::Extracting);
                tokio::task::spawn_blocking(move || {
                    unpack_locked(&c, &s, &l, &chain, parent.as_deref(), &diff)
                })
                .await??;
                progress.layer(&self.layer, LayerStatus::PullComplete);
            } else {
                progress.layer(&self.layer, LayerStatus::AlreadyExists);
            }
            drop(locks);
            return Ok(());
        }
        let unpack = self.extract && !snapshots.exists(&self.chain_id);
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self
                .download(client, repo, content, snapshots, unpack, progress)
                .await
            {
                Ok(()) => break,
                Err(e) if attempt < LAYER_ATTEMPTS && is_transient(&e) => {
                    tokio::time::sleep(std::time::Duration::from_millis(200 << attempt)).await;
                }
                Err(e) => return Err(e),
            }
        }
        progress.layer(
            &self.layer,
            if self.extract {
                LayerStatus::PullComplete
            } else {
                LayerStatus::DownloadComplete
            },
        );
        drop(locks);
        Ok(())
    }

    /// Streams the blob into the ingest area and, when `unpack`, through the
    /// decompressor into the snapshot at the same time.
    async fn download(
        &self,
        client: &RegistryClient,
        repo: &str,
        content: &ContentStore,
        snapshots: &Snapshots,
        unpack: bool,
        progress: &dyn PullProgress,
    ) -> Result<()> {
        let resp = client.blob(repo, &self.layer.digest).await?;
        let ingest = content.ingest(&self.layer.digest)?;
        let (tx, rx) = mpsc::channel::<io::Result<Bytes>>(64);
        let (s, chain, parent, diff) = (
            snapshots.clone(),
            self.chain_id.clone(),
            self.parent.clone(),
            self.diff_id.clone(),
        );
        let worker = tokio::task::spawn_blocking(move || -> Result<()> {
            let mut reader = BufReader::with_capacity(256 * 1024, ChannelReader::new(rx, ingest));
            let unpacked: Result<()> = if unpack {
                match decompressor(&mut reader) {
                    Ok(tar) => s
                        .create(&chain, parent.as_deref(), &diff, tar)
                        .map(drop)
                        .map_err(Into::into),
                    Err(e) => Err(e),
                }
            } else {
                Ok(())
            };
            // Read to the end even after an unpack error: a corrupt blob is
            // better reported as the digest mismatch that caused it.
            io::copy(&mut reader, &mut io::sink())?;
            let channel = reader.into_inner();
            match channel.ingest.commit() {
                Err(e @ ContentError::Mismatch { .. }) => Err(e.into()),
                Err(e) => unpacked.and(Err(e.into())),
                Ok(()) => unpacked,
            }
        });
        let total = self.layer.size;
        let mut current = 0u64;
        let mut stream = resp.bytes_stream();
        let mut send_failed = false;
        while let Some(chunk) = stream.next().await {
            let item = chunk.map_err(|e| {
                io::Error::other(format!(
                    "downloading {}: {}",
                    self.layer.digest,
                    super::registry::root_cause(&e)
                ))
            });
            let failed = item.is_err();
            if let Ok(b) = &item {
                current += b.len() as u64;
                progress.layer(&self.layer, LayerStatus::Downloading { current, total });
            }
            if tx.send(item).await.is_err() {
                send_failed = true;
                break;
            }
            if failed {
                break;
            }
        }
        drop(tx);
        if !send_failed {
            progress.layer(&self.layer, LayerStatus::DownloadComplete);
            if unpack {
                progress.layer(&self.layer, LayerStatus::Extracting);
            }
        }
        worker
            .await
            .map_err(|e| anyhow!("unpacking {}: {e}", self.layer.digest))?
    }
}

fn is_transient(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<RegistryError>(),
            Some(RegistryError::Transport(_))
        ) || c
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.to_string().starts_with("downloading "))
    })
}

/// Unpacks a layer from a blob already in the content store.
pub(crate) fn unpack_from_blob(
    content: &ContentStore,
    snapshots: &Snapshots,
    layer: &Descriptor,
    chain_id: &str,
    parent: Option<&str>,
    diff_id: &str,
) -> Result<()> {
    if snapshots.exists(chain_id) {
        return Ok(());
    }
    let _lock = snapshots.lock(chain_id)?;
    unpack_locked(content, snapshots, layer, chain_id, parent, diff_id)
}

/// As [`unpack_from_blob`], for a caller that already holds the snapshot lock.
fn unpack_locked(
    content: &ContentStore,
    snapshots: &Snapshots,
    layer: &Descriptor,
    chain_id: &str,
    parent: Option<&str>,
    diff_id: &str,
) -> Result<()> {
    if snapshots.exists(chain_id) {
        return Ok(());
    }
    let file = content.open(&layer.digest)?;
    let mut reader = BufReader::with_capacity(256 * 1024, file);
    let tar = decompressor(&mut reader)?;
    snapshots
        .create(chain_id, parent, diff_id, tar)
        .with_context(|| format!("layer {}", layer.digest))?;
    Ok(())
}

/// Picks gzip, zstd or plain tar by the stream's first bytes.
pub fn decompressor<'a, R: BufRead + 'a>(reader: &'a mut R) -> Result<Box<dyn Read + 'a>> {
    let head = reader.fill_buf().context("reading layer")?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(flate2::bufread::MultiGzDecoder::new(reader)))
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Ok(Box::new(
            zstd::stream::read::Decoder::with_buffer(reader).context("starting zstd decoder")?,
        ))
    } else {
        Ok(Box::new(reader))
    }
}

/// Reads the chunks the download task sends, writing each into the ingest file
/// as it passes so the blob is stored exactly as received.
struct ChannelReader {
    rx: mpsc::Receiver<io::Result<Bytes>>,
    current: Bytes,
    ingest: IngestWriter,
}

impl ChannelReader {
    fn new(rx: mpsc::Receiver<io::Result<Bytes>>, ingest: IngestWriter) -> Self {
        ChannelReader {
            rx,
            current: Bytes::new(),
            ingest,
        }
    }
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.current.is_empty() {
            match self.rx.blocking_recv() {
                None => return Ok(0),
                Some(Err(e)) => return Err(e),
                Some(Ok(chunk)) => {
                    self.ingest.write_all(&chunk)?;
                    self.current = chunk;
                }
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current[..n]);
        let _ = self.current.split_to(n);
        Ok(n)
    }
}

/// `manifest inspect`: the manifest (or index) a reference names in its
/// registry, as its exact bytes.
pub async fn remote_manifest(engine: &Engine, reference: &Reference) -> Result<Vec<u8>> {
    let client = client_for(engine, reference, Operation::Pull)?;
    let fetched = client
        .manifest(
            &reference.path,
            &reference.tag_or_digest(),
            super::manifest::ACCEPTED_MANIFESTS,
        )
        .await
        .map_err(|e| anyhow!("{reference}: {e}"))?;
    Ok(fetched.bytes.to_vec())
}

/// `search REGISTRY/TERM`: the registry's repositories whose name contains TERM.
pub async fn search(engine: &Engine, registry: &str, term: &str) -> Result<Vec<String>> {
    let reference = Reference::parse_named(&format!("{registry}/search-placeholder"))
        .map_err(|e| anyhow!("{e}"))?;
    let client = client_for(engine, &reference, Operation::Pull)?;
    let repos = client
        .catalog()
        .await
        .map_err(|e| anyhow!("searching {registry}: {e}"))?;
    Ok(repos.into_iter().filter(|r| r.contains(term)).collect())
}
