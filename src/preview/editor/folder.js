// "Save to the alerts folder": the File System Access API, in Chromium.
// The folder's handle is kept in IndexedDB (a handle cannot be written to
// localStorage), so the folder is chosen once; the browser may still ask
// for permission again, which requestPermission does on the save's click.

const DB = "alert-reader-editor";
const STORE = "handles";
const KEY = "alerts-folder";

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// This visit's folder; IndexedDB keeps it for the next visits.
let current = null;

async function stored() {
  if (current) return current;
  try {
    const db = await open();
    return await new Promise((resolve) => {
      const get = db.transaction(STORE).objectStore(STORE).get(KEY);
      get.onsuccess = () => {
        current = get.result ?? null;
        resolve(current);
      };
      get.onerror = () => resolve(null);
    });
  } catch {
    return null;
  }
}

async function keep(handle) {
  current = handle;
  try {
    const db = await open();
    await new Promise((resolve, reject) => {
      const put = db.transaction(STORE, "readwrite").objectStore(STORE).put(handle, KEY);
      put.onsuccess = () => resolve();
      put.onerror = () => reject(put.error);
    });
  } catch {
    // Not remembered for the next visit (private browsing, storage full):
    // the folder still serves this one.
  }
}

export function canSaveToFolder() {
  return typeof window.showDirectoryPicker === "function";
}

/// The chosen folder's name, or null before one is chosen.
export async function folderName() {
  const handle = await stored();
  return handle ? handle.name : null;
}

/// Asks for the folder (again); its name, or null when cancelled.
export async function chooseFolder() {
  let handle;
  try {
    handle = await window.showDirectoryPicker({ id: "alerts", mode: "readwrite" });
  } catch {
    return null;
  }
  await keep(handle);
  return handle.name;
}

/// Writes `text` to `name` in the folder. Returns "saved", "cancelled",
/// "denied", or "differs" when a file of that name holds neither `text`
/// nor `expected` (what the editor read or last saved) and `replace` is
/// false: someone changed it, or it is another alert.
export async function saveToFolder(name, text, expected, replace) {
  let folder = await stored();
  if (!folder) {
    if ((await chooseFolder()) === null) return "cancelled";
    folder = await stored();
  }
  const mode = { mode: "readwrite" };
  if ((await folder.queryPermission(mode)) !== "granted" && (await folder.requestPermission(mode)) !== "granted") {
    return "denied";
  }
  let there = null;
  try {
    there = await (await (await folder.getFileHandle(name)).getFile()).text();
  } catch {
    there = null;
  }
  if (there !== null && there !== text && there !== expected && !replace) return "differs";
  const file = await folder.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  await writable.write(text);
  await writable.close();
  return "saved";
}
