// Helpers shared by the data stage's tests: temporary folders and running the siyasa binary.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/scratch.h"

namespace siyasa::test {

inline std::filesystem::path fresh_folder(const std::string& name) { return scratch_folder("data-" + name); }

inline std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_file(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

struct Run {
  int status = -1;
  std::string out, err;
};

// Runs `siyasa <arguments>` (arguments already quoted for the shell).
inline Run run_siyasa(const std::string& arguments, const std::filesystem::path& scratch) {
  auto out = scratch / "stdout.txt", err = scratch / "stderr.txt";
  std::string command = std::string("'") + SIYASA_BINARY + "' " + arguments + " >'" + out.string() +
                        "' 2>'" + err.string() + "'";
  int raw = std::system(command.c_str());
  Run run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = read_file(out);
  run.err = read_file(err);
  return run;
}

inline std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace siyasa::test
