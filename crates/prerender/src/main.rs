//! `prerender`: writes the static pages of a build.
//!
//! ```text
//! prerender <data-dir> <build-dir>                   every reader page, into the build
//! prerender baseline <data-dir> <id> [--css HREF]    one alert as a plain page (benchmark), to stdout
//! ```
//!
//! Run by `scripts/post-build` after trunk has written `index.html`. It
//! refuses data with any error (the same checks as `alert-data check`),
//! never writes outside the build folder, and leaves in the build's
//! `data/alerts/` only the files of published and withdrawn alerts, and in
//! `data/` only what the reader reads: trunk copies `public/data` whole,
//! drafts, notes and editor backups included.

use alert_data::check::{check_data_dir, load_alerts};
use alert_model::alert::about::About;
use alert_model::alert::countries::COUNTRIES;
use alert_model::outputs::export;
use alert_model::reading::since;
use alert_model::validate::check_about_text;
use alert_model::{Catalog, Site};
use alert_prerender::pages::{self, Data, Page};
use alert_prerender::public::Public;
use alert_prerender::{
    cards, feeds, install, oembed, offline, on_demand, policy, sitemap, template,
};
use alert_views::env::Env;
use std::path::{Component, Path};
use std::process::ExitCode;
use std::sync::Arc;

const USAGE: &str = "usage:
  prerender <data-dir> <build-dir>                  write every reader page into the build
  prerender baseline <data-dir> <id> [--css HREF]   one alert as a plain static page, to stdout";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [cmd, data, id] if cmd == "baseline" => baseline(Path::new(data), id, "style.css"),
        [cmd, data, id, flag, css] if cmd == "baseline" && flag == "--css" => {
            baseline(Path::new(data), id, css)
        }
        [data, build] => write_all(Path::new(data), Path::new(build)),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The data, checked: any error refuses the whole build.
fn load(data: &Path) -> Result<Data, String> {
    let (report, index) = check_data_dir(data).map_err(|e| e.to_string())?;
    if report.errors > 0 {
        return Err(format!(
            "{} has {} error(s); run `alert-data check {}` to see them",
            data.display(),
            report.errors,
            data.display()
        ));
    }
    let site: Site = std::fs::read_to_string(data.join("site.json"))
        .map_err(|e| format!("site.json: {e}"))
        .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("site.json: {e}")))?;
    // Checked above; without the file, the About page says the publisher
    // has not described its alerts yet.
    let about = match std::fs::read_to_string(data.join("about.json")) {
        Ok(text) => check_about_text(&text).about.unwrap_or_default(),
        Err(_) => About::default(),
    };
    Ok(Data::new(
        Arc::new(site),
        Arc::new(Catalog::new(index.alerts)),
        load_alerts(data).map_err(|e| e.to_string())?,
        alert_prerender::locales::all()?,
    )
    .with_about(about))
}

/// What the build keeps of `public/data`: the site, the publisher's words
/// about its alerts, the index, the alerts (published and withdrawn only,
/// below) and the JSON Schemas.
const DATA_KEPT: [&str; 5] = ["site.json", "about.json", "index.json", "alerts", "schema"];
/// The schemas `alert-data index` writes (docs/api.md).
const SCHEMAS: [&str; 4] = [
    "alert.schema.json",
    "index.schema.json",
    "site.schema.json",
    "about.schema.json",
];

fn write_all(data: &Path, build: &Path) -> Result<(), String> {
    let template = std::fs::read_to_string(build.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", build.display()))?;
    let base = template::base_href(&template).ok_or("index.html has no <base href>")?;
    let data = load(data)?;
    // trunk copies `public/data` whole: keep only what the reader reads
    // (the generated files are written below), never a staff member's
    // notes, exports or backups that happen to sit beside the alerts.
    for left_out in keep_only(&build.join("data"), &DATA_KEPT.map(String::from))? {
        eprintln!("left out of the build (not read by the reader): data/{left_out}");
    }
    for left_out in keep_only(
        &build.join("data").join("schema"),
        &SCHEMAS.map(String::from),
    )? {
        eprintln!("left out of the build (not a schema the tool writes): data/schema/{left_out}");
    }
    // An alert's page without the rules it does not use (style/lists.css).
    let alert_template = template::without_sheet(&template, template::LISTS_SHEET);
    let env = Env::new(base).with_public(data.site.reader_url.clone());
    let all = pages::all(&env, &data);
    // Another bundle's page, where scripts/build made it (trunk serve
    // builds one bundle with everything: its pages use the template).
    // Each read once, however many pages use it (the map's four languages).
    let bundles: Vec<(&str, String)> = all
        .iter()
        .filter_map(|p| p.bundle)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter_map(|b| std::fs::read_to_string(build.join(b)).ok().map(|t| (b, t)))
        .collect();
    // Each app's loader (see on_demand::Loader), made once: the template's
    // (the reader's app), then each bundle's in the order above.
    let loaders: Vec<on_demand::Loader> = std::iter::once(template.as_str())
        .chain(bundles.iter().map(|(_, t)| t.as_str()))
        .map(|app| {
            on_demand::Loader::for_app(app)
                .ok_or("index.html or a bundle's page has no start-up script as trunk writes it")
        })
        .collect::<Result<_, _>>()?;
    let policy = policy::meta()?;
    // Filled in and written on every core: each page is its own file.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = all.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let writers: Vec<_> = all
            .chunks(share)
            .map(|pages| {
                let (template, alert_template, bundles, loaders, policy) =
                    (&template, &alert_template, &bundles, &loaders, &policy);
                scope.spawn(move || -> Result<(), String> {
                    for page in pages {
                        // The reader's app unless the page's bundle was built.
                        let app = page
                            .bundle
                            .and_then(|b| bundles.iter().position(|(name, _)| *name == b))
                            .map_or(0, |i| i + 1);
                        let filled = if page.lists_sheet {
                            template
                        } else {
                            alert_template
                        };
                        let html = page_html(filled, &loaders[app], page, policy)?;
                        write_file(build, &page.file, html.as_bytes())?;
                    }
                    Ok(())
                })
            })
            .collect();
        writers
            .into_iter()
            .try_for_each(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })?;
    // Each app's loader, which the pages name.
    for loader in &loaders {
        write_file(build, &loader.file, loader.script.as_bytes())?;
    }
    let keep = offline::Keep::new();
    write_file(build, &keep.file, keep.script.as_bytes())?;
    eprintln!("prerendered {} pages into {}", all.len(), build.display());
    // What installs the reader: a manifest per language, the icons.
    for words in &data.words {
        let manifest = install::manifest(&data.site, words, env.base());
        write_file(build, &install::file(words.lang()), &json(&manifest))?;
    }
    for icon in &install::ICONS {
        write_file(build, icon.file, &install::png(icon)?)?;
    }
    match data.public() {
        Some(public) => write_reach(build, env.base(), &data, public)?,
        None => eprintln!(
            "site.json has no reader_url: no canonical links, feeds, share cards, oEmbed or sitemap written"
        ),
    }
    write_data(build, &data)?;
    let public: Vec<String> = data
        .alerts
        .iter()
        .filter(|a| a.status != alert_model::Status::Draft)
        .map(|a| format!("{}.json", a.id))
        .collect();
    for left_out in keep_only(&build.join("data").join("alerts"), &public)? {
        eprintln!("left out of the build (not a published alert): data/alerts/{left_out}");
    }
    // Last, once every file it names is written. It follows the public
    // alerts: one published, edited or withdrawn is a new worker.
    let public: Vec<&alert_model::Alert> = data.public_alerts().collect();
    let alerts = serde_json::to_vec(&public).map_err(|e| e.to_string())?;
    let top = top_files(build)?;
    let mut shell: Vec<String> = top
        .iter()
        .filter(|f| offline::is_shell(f))
        .cloned()
        .collect();
    shell.push(offline::OFFLINE_PAGE.to_string());
    let current: Vec<String> = top
        .iter()
        .filter(|f| offline::is_hashed(f))
        .cloned()
        .collect();
    let worker = offline::worker(env.base(), &shell, &current, &alerts);
    write_file(build, offline::WORKER_FILE, worker.as_bytes())?;
    Ok(())
}

/// The files at the top of the build (the bundles, stylesheets, loaders),
/// sorted so that the same build writes the same worker.
fn top_files(build: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(build).map_err(|e| format!("{}: {e}", build.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    files.sort();
    Ok(files)
}

/// What others take: the whole archive as CSV and JSON (docs/api.md).
/// Addresses are absolute where the
/// public address is known, else relative to the reader.
fn write_data(build: &Path, data: &Data) -> Result<(), String> {
    write_file(
        build,
        alert_prerender::world::FILE,
        alert_prerender::world::JSON.as_bytes(),
    )?;
    let url = |id: &str| data.permanent_url(id);
    let rows: Vec<export::Row> = data
        .catalog
        .entries()
        .iter()
        .map(|e| export::Row::new(e, &url))
        .collect();
    let all = alert_model::Query::default();
    for download in export::Download::ALL {
        write_file(
            build,
            download.archive_file(),
            download.write(&rows, &all).as_bytes(),
        )?;
    }
    eprintln!("wrote the archive as CSV and JSON ({} alerts)", rows.len());
    Ok(())
}

/// `build/file`, with its folders, replaced whole.
fn write_file(build: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let target = inside(build, file)?;
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // A plain write, not the data tool's synced one: the build folder is a
    // staging folder (trunk's, or scripts/build --data-only's) that becomes
    // the build only once whole. Syncing each file to disk made writing the
    // pages of 1,000 alerts take 3.4 s instead of 1.9.
    std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))
}

/// What lets others follow and share the pages: feeds, share cards,
/// oEmbed documents, the sitemap and robots.txt.
fn write_reach(
    build: &Path,
    base_path: &str,
    data: &Data,
    public: Public<'_>,
) -> Result<(), String> {
    let english = data.words.first().ok_or("no interface language")?;
    let openings: feeds::Openings = data
        .public_alerts()
        .filter_map(|a| {
            let since = since::for_alert(a, &data.catalog, &data.site.type_order)?;
            Some((a.id.clone(), feeds::opening(&since, english)))
        })
        .collect();
    let all = feeds::all(&data.alerts, &openings);
    let mut documents = 0;
    for feed in &all {
        for doc in feed.documents() {
            write_file(
                build,
                &doc.file(feeds::atom::EXT),
                &feeds::atom::write(&doc, public)?,
            )?;
            write_file(
                build,
                &doc.file(feeds::json_feed::EXT),
                &feeds::json_feed::write(&doc, public)?,
            )?;
            documents += 1;
        }
    }
    eprintln!(
        "wrote {} feeds ({documents} documents, Atom and JSON Feed)",
        all.len()
    );

    let cache = std::env::var_os("ALERT_READER_CARD_CACHE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new("target").join("share-cards"));
    let mut painter = cards::Painter::new(&cache)?;
    write_file(build, cards::SITE, &painter.site(public.site)?)?;
    let alerts: Vec<&alert_model::Alert> = data.public_alerts().collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let drawn = painter.drawn
        + cards::paint_all(
            &cache,
            public.site,
            &alerts,
            &data.words,
            cores,
            |file, png| write_file(build, file, png),
        )?;
    for alert in &alerts {
        write_file(
            build,
            &oembed::alert_file(&alert.id),
            &json(&oembed::alert(public, alert)),
        )?;
    }
    eprintln!(
        "share cards: {} ({drawn} drawn, the rest unchanged)",
        alerts.len() + 1
    );
    for (code, name) in COUNTRIES {
        let title = alert_model::i18n::english::page_title(name, &public.site.name);
        write_file(
            build,
            &oembed::country_file(code),
            &json(&oembed::country(public, code, &title)),
        )?;
    }
    let lists: Vec<String> = alert_model::reading::list_address::lists(&data.catalog)
        .iter()
        .map(alert_model::reading::list_address::address)
        .collect();
    write_file(
        build,
        "sitemap.xml",
        &sitemap::sitemap(public, &data.alerts, &lists),
    )?;
    write_file(
        build,
        "robots.txt",
        sitemap::robots(public, base_path).as_bytes(),
    )?;
    Ok(())
}

fn json(value: &serde_json::Value) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Removes every entry of `dir` whose name is not in `keep`; returns the
/// names removed. A missing folder holds nothing to remove.
fn keep_only(dir: &Path, keep: &[String]) -> Result<Vec<String>, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if keep.contains(&name) {
            continue;
        }
        let path = entry.path();
        let gone = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        gone.map_err(|e| format!("{}: {e}", path.display()))?;
        removed.push(name);
    }
    removed.sort();
    Ok(removed)
}

/// The page in the template, with the on-demand loader (every reader page
/// is complete without the app), loading the app that `app` (a bundle's
/// page as trunk wrote it) starts.
fn page_html(
    template: &str,
    loader: &on_demand::Loader,
    page: &Page,
    policy: &str,
) -> Result<String, String> {
    let head = format!("{}{}", install::link(page.lang), page.head);
    let html = template::fill(
        template,
        &template::Fill {
            path: &page.path,
            lang: page.lang,
            dir: page.dir,
            framed: &page.framed,
            title: &page.title,
            description: &page.description,
            head: &head,
            markup: &page.markup,
        },
    )
    .ok_or("index.html has no <div id=\"boot\">, <title> or description to fill")?;
    let html = on_demand::with_loader(&html, loader)
        .map(|page| template::without_blank_head_lines(&page))
        .ok_or("index.html has no start-up script as trunk writes it")?;
    policy::with_meta(&html, policy).map_err(|e| format!("{}: {e}", page.file))
}

/// `build/file`, refusing any path that could leave the build folder.
pub(crate) fn inside(build: &Path, file: &str) -> Result<std::path::PathBuf, String> {
    let relative = Path::new(file);
    if relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        Ok(build.join(relative))
    } else {
        Err(format!(
            "refusing to write {file:?}: outside the build folder"
        ))
    }
}

fn baseline(data: &Path, id: &str, css: &str) -> Result<(), String> {
    let data = load(data)?;
    let alert = data
        .alerts
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| format!("no alert with the id {id:?}"))?;
    let english = data.words.first().cloned().ok_or("no interface language")?;
    print!("{}", pages::baseline(&data.site, english, alert, css));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::inside;
    use std::path::Path;

    #[test]
    fn nothing_is_written_outside_the_build_folder() {
        let build = Path::new("/b");
        assert_eq!(
            inside(build, "alerts/x.html"),
            Ok(build.join("alerts/x.html"))
        );
        for bad in [
            "../x.html",
            "alerts/../../x.html",
            "/etc/x.html",
            "./x.html",
        ] {
            assert!(inside(build, bad).is_err(), "{bad}");
        }
    }
}
