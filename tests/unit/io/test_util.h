// Helpers for the io tests: temporary files and collecting a reader's output.
#pragma once

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/reader.h"

namespace dyad::testing {

struct ReadAll {
  std::vector<Doc> docs;
  std::vector<Status> errors;
  // Docs and errors in the order they came: "D:<id>" or "E:<code>".
  std::vector<std::string> order;
};

inline ReadAll read_all(DocReader& r) {
  ReadAll out;
  for (;;) {
    Doc d;
    Status st;
    auto n = r.next(d, st);
    if (n == DocReader::Next::end) break;
    if (n == DocReader::Next::doc) {
      out.order.push_back("D:" + d.id);
      out.docs.push_back(std::move(d));
    } else {
      out.order.push_back(std::string("E:") + errc_name(st.code()));
      out.errors.push_back(std::move(st));
    }
  }
  return out;
}

inline ReadAll read_string(const std::string& content, const std::string& name,
                           ReadOptions opts = {}) {
  auto r = DocReader::from_string(content, name, opts);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  if (!r.ok()) return {};
  return read_all(**r);
}

inline ReadAll read_paths(const std::vector<std::string>& paths, ReadOptions opts = {}) {
  auto r = DocReader::open(paths, opts);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  if (!r.ok()) return {};
  return read_all(**r);
}

// A fresh empty folder under the test temp dir.
inline std::string temp_dir(const std::string& name) {
  std::filesystem::path p = std::filesystem::path(::testing::TempDir()) / ("dyad_io_" + name);
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p.string();
}

inline void write_file(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream f(path, std::ios::binary);
  f << content;
}

inline void write_gz(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  gzFile g = gzopen(path.c_str(), "wb");
  ASSERT_NE(g, nullptr);
  size_t done = 0;
  while (done < content.size()) {
    unsigned chunk = static_cast<unsigned>(std::min<size_t>(content.size() - done, 1u << 20));
    ASSERT_EQ(gzwrite(g, content.data() + done, chunk), static_cast<int>(chunk));
    done += chunk;
  }
  gzclose(g);
}

// ../shared (DYAD_SHARED overrides); empty when absent.
inline std::string shared_dir() {
  if (const char* e = std::getenv("DYAD_SHARED"); e && *e) return e;
#ifdef DYAD_SHARED_DIR
  return DYAD_SHARED_DIR;
#else
  return "";
#endif
}

inline std::string shared_file(const std::string& rel) {
  std::string d = shared_dir();
  if (d.empty()) return "";
  std::string p = d + "/" + rel;
  return std::filesystem::exists(p) ? p : "";
}

}  // namespace dyad::testing
