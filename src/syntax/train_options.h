// Options shared by the trainers (`dyad train tagger|lemmatizer|parser`).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dyad {

struct TrainOptions {
  std::string lang;                      // "nl" or "en"
  std::vector<std::string> train_files;  // CoNLL-U
  std::vector<std::string> dev_files;    // CoNLL-U, for model selection and the report
  std::string out;                       // model file to write
  int epochs = 0;                        // 0 = the trainer's default
  uint64_t seed = 1;
  // Progress and scores, one line per call (the CLI prints them; the library never prints).
  std::function<void(const std::string&)> log = [](const std::string&) {};
};

}  // namespace dyad
