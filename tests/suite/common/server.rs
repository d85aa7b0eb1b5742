//! A running `signpost serve` (the real binary on a free loopback port)
//! and a plain HTTP/1.1 client that sends paths exactly as given.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const BINARY: &str = env!("CARGO_BIN_EXE_signpost");
/// How long a rebuild may take before the test gives up (debug build, busy
/// machine; a rebuild of these sites takes milliseconds).
pub const PATIENCE: Duration = Duration::from_secs(60);

/// A running `signpost serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub address: SocketAddr,
    /// `http://host:port/base/`, as the server printed it.
    pub url: String,
    /// Everything the server wrote to stderr so far.
    stderr: Arc<Mutex<String>>,
}

pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim().to_string())
        })
    }

    /// Every value sent under `name` (a header sent twice has two).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.headers
            .lines()
            .filter_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.eq_ignore_ascii_case(name).then(|| value.trim().to_string())
            })
            .collect()
    }
}

impl Server {
    pub fn start(root: &Path) -> Server {
        let mut child = Command::new(BINARY)
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start signpost serve");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut err = child.stderr.take().expect("piped stderr");
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0_u8; 4096];
            while let Ok(n) = err.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("stderr")
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read the server's first line");
        let url = line
            .strip_prefix("Serving the preview at http://")
            .and_then(|rest| rest.split_once(' '))
            .map(|(url, _)| url.to_string())
            .unwrap_or_else(|| {
                let _ = child.kill();
                std::thread::sleep(Duration::from_millis(200));
                panic!(
                    "unexpected first line {line:?}; stderr:\n{}",
                    stderr.lock().expect("stderr")
                )
            });
        let host = url.split('/').next().expect("host:port");
        let address: SocketAddr = host.parse().expect("a socket address");
        // Keep stdout drained so the server never blocks on it.
        std::thread::spawn(move || {
            let mut rest = String::new();
            let _ = stdout.read_to_string(&mut rest);
        });
        Server {
            child,
            address,
            url: format!("http://{url}"),
            stderr,
        }
    }

    /// Sends `target` exactly as given (no normalisation), as a browser
    /// or an attacker would.
    pub fn get(&self, target: &str) -> Response {
        get(self.address, target, &[])
    }

    pub fn version(&self) -> u64 {
        self.get("/__signpost/version")
            .text()
            .trim()
            .parse()
            .expect("a version number")
    }

    /// Waits, as an open page's reload script does, until a rebuild after
    /// `since` has finished; returns the new version.
    pub fn wait_for_rebuild(&self, since: u64) -> u64 {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            let script = self.get(&format!("/__signpost/wait.js?since={since}")).text();
            if script.contains("location.reload()") {
                return self.version();
            }
        }
        panic!("no rebuild within {PATIENCE:?}; stderr:\n{}", self.stderr())
    }

    /// Whether the server process is still running (it did not end, by a
    /// signal or otherwise).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("stderr").clone()
    }
}

/// Sends `GET target` to `address` exactly as given (no normalisation),
/// with `headers` (`Name: value` lines) besides `Host` and `Connection:
/// close`, and reads the whole response.
pub fn get(address: SocketAddr, target: &str, headers: &[&str]) -> Response {
    let mut stream = TcpStream::connect(address).expect("connect to the server");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    let mut request = format!("GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for header in headers {
        request.push_str(header);
        request.push_str("\r\n");
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).expect("send the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the response");
    let split = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let (status_line, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status code");
    let headers = headers.replace("\r\n", "\n");
    let body = &raw[split + 4..];
    let chunked = headers
        .lines()
        .any(|line| line.eq_ignore_ascii_case("transfer-encoding: chunked"));
    Response {
        status,
        headers,
        body: if chunked { dechunk(body) } else { body.to_vec() },
    }
}

/// A body sent with `Transfer-Encoding: chunked` (the server chunks large
/// bodies, such as leaflets), put back together.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|window| window == b"\r\n")
            .expect("a chunk size line");
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .expect("a chunk size");
        if size == 0 {
            return body;
        }
        let start = line_end + 2;
        body.extend_from_slice(&raw[start..start + size]);
        raw = &raw[start + size + 2..];
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
