#include "batch/workers.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>
#include <optional>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define SIYASA_SANITIZED_ADDRESS_SPACE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SIYASA_SANITIZED_ADDRESS_SPACE 1
#endif
#endif

namespace siyasa {
namespace {

// ---- the messages: a job index (8 bytes) one way, an outcome (its length, then its bytes) back ----

class Writer {
 public:
  template <typename T>
  void put(T value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    out_.append(bytes, sizeof value);
  }
  void put(const std::string& text) {
    put(static_cast<std::uint32_t>(text.size()));
    out_ += text;
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(const std::string& in) : in_(in) {}
  template <typename T>
  bool get(T& value) {
    if (in_.size() - at_ < sizeof value) return false;
    std::memcpy(&value, in_.data() + at_, sizeof value);
    at_ += sizeof value;
    return true;
  }
  bool get(std::string& text) {
    std::uint32_t size = 0;
    if (!get(size) || in_.size() - at_ < size) return false;
    text.assign(in_, at_, size);
    at_ += size;
    return true;
  }

 private:
  const std::string& in_;
  std::size_t at_ = 0;
};

std::string encode(const JobOutcome& outcome) {
  Writer w;
  w.put(static_cast<std::uint8_t>(outcome.status));
  w.put(outcome.seconds);
  w.put(static_cast<std::int32_t>(outcome.report.pages));
  w.put(static_cast<std::uint32_t>(outcome.report.diagnostics.size()));
  for (const Diagnostic& d : outcome.report.diagnostics) {
    w.put(static_cast<std::uint8_t>(d.severity));
    w.put(d.where.file);
    w.put(static_cast<std::int32_t>(d.where.line));
    w.put(static_cast<std::int32_t>(d.where.column));
    w.put(d.message);
    w.put(d.hint);
  }
  return w.bytes();
}

std::optional<JobOutcome> decode(const std::string& bytes) {
  Reader r(bytes);
  JobOutcome outcome;
  std::uint8_t status = 0;
  std::int32_t pages = 0;
  std::uint32_t count = 0;
  if (!r.get(status) || !r.get(outcome.seconds) || !r.get(pages) || !r.get(count)) return std::nullopt;
  outcome.status = static_cast<JobStatus>(status);
  outcome.report.pages = pages;
  for (std::uint32_t i = 0; i < count; ++i) {
    Diagnostic d;
    std::uint8_t severity = 0;
    std::int32_t line = 0, column = 0;
    if (!r.get(severity) || !r.get(d.where.file) || !r.get(line) || !r.get(column) ||
        !r.get(d.message) || !r.get(d.hint))
      return std::nullopt;
    d.severity = static_cast<Severity>(severity);
    d.where.line = line;
    d.where.column = column;
    outcome.report.diagnostics.push_back(std::move(d));
  }
  return outcome;
}

bool send_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::send(fd, p, size, MSG_NOSIGNAL);  // a dead peer is an error, not SIGPIPE
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool receive_all(int fd, void* data, std::size_t size) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    ssize_t n = ::recv(fd, p, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool send_message(int fd, const std::string& bytes) {
  const auto size = static_cast<std::uint32_t>(bytes.size());
  return send_all(fd, &size, sizeof size) && send_all(fd, bytes.data(), bytes.size());
}

std::optional<std::string> receive_message(int fd) {
  std::uint32_t size = 0;
  if (!receive_all(fd, &size, sizeof size)) return std::nullopt;
  std::string bytes(size, '\0');
  if (!receive_all(fd, bytes.data(), size)) return std::nullopt;
  return bytes;
}

// ---- the worker side ----

// A process's address space and the memory it holds of its own (anonymous resident pages: its
// heap, whether or not still shared with its parent; not the program's code or font files, which
// are pages of files) in bytes, from /proc (0 when unknown).
struct MemoryUse {
  std::size_t virtual_bytes = 0, anonymous_bytes = 0;
};

MemoryUse memory_use(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  MemoryUse use;
  std::string key;
  std::size_t kilobytes = 0;
  while (status >> key) {
    if (key == "VmSize:" && status >> kilobytes) use.virtual_bytes = kilobytes * 1024;
    else if (key == "RssAnon:" && status >> kilobytes) use.anonymous_bytes = kilobytes * 1024;
    status.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
  }
  return use;
}

// The worker may grow `limit` bytes past what it was forked with: a failed allocation is then a
// std::bad_alloc in the job, which fails alone. Under AddressSanitizer the address space is
// terabytes of reservations that allocations reuse, so the limit would mean nothing there; the
// parent's watch on anonymous memory (below) covers that build.
void limit_memory(std::size_t limit) {
#ifndef SIYASA_SANITIZED_ADDRESS_SPACE
  if (limit == 0) return;
  const std::size_t now = memory_use(::getpid()).virtual_bytes;
  const rlimit cap{static_cast<rlim_t>(now + limit), static_cast<rlim_t>(now + limit)};
  ::setrlimit(RLIMIT_AS, &cap);
#else
  (void)limit;
#endif
}

// The forked process: job indices in, outcomes out, until the parent closes its end. It leaves
// with _exit, so nothing of the parent's (buffered output, atexit handlers) runs twice. After a
// job that ran out of memory it leaves too: what is left of its heap is not worth trusting.
[[noreturn]] void serve(int fd, const std::vector<Job>& jobs, std::size_t memory_limit) {
  limit_memory(memory_limit);
  std::uint64_t index = 0;
  while (receive_all(fd, &index, sizeof index) && index < jobs.size()) {
    JobOutcome outcome = run_job(jobs[index], memory_limit);
    if (!send_message(fd, encode(outcome)) || outcome.out_of_memory) break;
  }
  ::close(fd);
  ::_exit(0);
}

// ---- the parent side ----

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  std::optional<std::size_t> busy_with;  // the job it is building
  bool killed_for_memory = false;
  // Its anonymous memory when it was forked: the pages it shares with this process count in it
  // too, and the limit is on what it adds.
  std::size_t anonymous_at_start = 0;
};

std::optional<Worker> start_worker(const std::vector<Job>& jobs, const std::vector<Worker>& others,
                                   std::size_t memory_limit) {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return std::nullopt;
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    // A worker dies with the build: none goes on writing outputs that no cache entry will record.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);  // the parent died before that took hold
    ::close(fds[0]);
    for (const Worker& w : others) ::close(w.fd);
    serve(fds[1], jobs, memory_limit);
  }
  ::close(fds[1]);
  // Read before it is given a job (it waits for one).
  return Worker{pid, fds[0], std::nullopt, false, memory_limit ? memory_use(pid).anonymous_bytes : 0};
}

// How often the parent looks at its busy workers' memory.
constexpr int kMemoryWatchMilliseconds = 50;

// Kills every busy worker whose anonymous memory has grown past the limit; its socket then closes
// and its job fails as out of memory.
void watch_memory(std::vector<Worker>& pool, std::size_t limit) {
  if (limit == 0) return;
  for (Worker& w : pool) {
    if (!w.busy_with || w.killed_for_memory) continue;
    if (memory_use(w.pid).anonymous_bytes > w.anonymous_at_start + limit) {
      w.killed_for_memory = true;
      ::kill(w.pid, SIGKILL);
    }
  }
}

// Why a worker went away, for the job it was building.
std::string exit_reason(pid_t pid) {
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return "it stopped";
  if (WIFSIGNALED(status)) {
    const char* name = ::strsignal(WTERMSIG(status));
    return std::string("it was stopped by signal ") + std::to_string(WTERMSIG(status)) +
           (name ? std::string(" (") + name + ")" : "");
  }
  return "it exited with status " + std::to_string(WEXITSTATUS(status));
}

JobOutcome failure(const Job& job, const std::string& message) {
  JobOutcome failed;
  failed.status = JobStatus::failed;
  failed.report.diagnostics.push_back(make_error(
      {job.key, 0, 0}, message,
      "this is a bug in siyasa; the other documents were built. Please report it with the input "
      "files"));
  return failed;
}

}  // namespace

Diagnostic out_of_memory_error(const Job& job, std::size_t memory_limit) {
  std::string limit = memory_limit ? " (limit " + std::to_string(memory_limit / (1024 * 1024)) + " MiB)" : "";
  const std::string where = job.outputs.empty() ? job.key : job.outputs.front().string();
  return make_error({where, 0, 0}, "ran out of memory" + limit,
                    "the document is far larger than a policy should be (an image, a table or a "
                    "template that repeats itself); raise the limit with --memory-limit MIB if it "
                    "is really needed");
}

JobOutcome run_job(const Job& job, std::size_t memory_limit) {
  JobOutcome outcome;
  const auto start = std::chrono::steady_clock::now();
  try {
    outcome.report = job.run();
  } catch (const std::bad_alloc&) {
    outcome.report = {};  // what was made is lost; only the reason stays
    outcome.report.diagnostics.push_back(out_of_memory_error(job, memory_limit));
    outcome.out_of_memory = true;
  } catch (const std::exception& e) {
    // A stage that throws must not take the other jobs down with it.
    outcome.report.diagnostics.push_back(
        make_error({job.key, 0, 0}, std::string("internal error: ") + e.what()));
  }
  outcome.status = has_errors(outcome.report.diagnostics) ? JobStatus::failed : JobStatus::built;
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

bool run_in_workers(const std::vector<Job>& jobs, int workers, const WorkSource& source,
                    const std::function<void(std::size_t, JobOutcome)>& on_result,
                    std::size_t memory_limit) {
  std::vector<Worker> pool;
  for (int i = 0; i < std::max(1, workers); ++i) {
    auto worker = start_worker(jobs, pool, memory_limit);
    if (!worker) break;
    pool.push_back(*worker);
  }
  if (pool.empty()) return false;

  // Gives an idle worker the next job, if one can start now.
  const auto hand_out = [&](Worker& w) {
    if (w.busy_with) return;
    if (std::optional<std::size_t> job = source.take()) {
      const std::uint64_t index = *job;
      w.busy_with = *job;
      // A worker that is gone cannot take it; the poll below finds out and fails the job.
      send_all(w.fd, &index, sizeof index);
    }
  };
  while (true) {
    for (Worker& w : pool) hand_out(w);
    const bool busy = std::any_of(pool.begin(), pool.end(), [](const Worker& w) { return w.busy_with.has_value(); });
    if (!busy) break;  // all done, or what is left waits for nothing that is running
    std::vector<pollfd> fds;
    for (const Worker& w : pool) fds.push_back({w.fd, POLLIN, 0});
    const int ready = ::poll(fds.data(), fds.size(), memory_limit ? kMemoryWatchMilliseconds : -1);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (ready == 0) {
      watch_memory(pool, memory_limit);
      continue;
    }
    for (std::size_t k = 0; k < pool.size(); ++k) {
      if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Worker& w = pool[k];
      std::optional<std::string> message = receive_message(w.fd);
      std::optional<JobOutcome> outcome = message ? decode(*message) : std::nullopt;
      if (outcome && w.busy_with) {
        const std::size_t job = *w.busy_with;
        w.busy_with.reset();
        on_result(job, std::move(*outcome));
        continue;
      }
      // The worker died (or spoke nonsense): its job fails, a new worker takes its place.
      ::close(w.fd);
      const std::string reason = exit_reason(w.pid);
      if (w.busy_with) {
        const std::size_t job = *w.busy_with;
        w.busy_with.reset();
        if (w.killed_for_memory) {
          JobOutcome failed;
          failed.status = JobStatus::failed;
          failed.report.diagnostics.push_back(out_of_memory_error(jobs[job], memory_limit));
          on_result(job, std::move(failed));
        } else {
          on_result(job, failure(jobs[job], "internal error: the process building this document "
                                            "stopped: " + reason));
        }
      }
      std::vector<Worker> others = pool;
      others.erase(others.begin() + static_cast<std::ptrdiff_t>(k));
      // A new worker only for a job still to build: a worker that died takes no others with it.
      std::optional<Worker> fresh = source.left() ? start_worker(jobs, others, memory_limit) : std::nullopt;
      if (fresh) w = *fresh;
      else w.fd = -1;
    }
    std::erase_if(pool, [](const Worker& w) { return w.fd < 0; });
    if (pool.empty()) break;
  }
  for (Worker& w : pool) {
    if (w.busy_with) {  // only when poll failed: wait for the job's end
      std::optional<std::string> message = receive_message(w.fd);
      std::optional<JobOutcome> outcome = message ? decode(*message) : std::nullopt;
      on_result(*w.busy_with, outcome ? std::move(*outcome)
                                      : failure(jobs[*w.busy_with], "internal error: lost the "
                                                                    "process building this document"));
    }
    ::close(w.fd);  // the worker reads end-of-file and leaves
    int status = 0;
    ::waitpid(w.pid, &status, 0);
  }
  return true;
}

}  // namespace siyasa
