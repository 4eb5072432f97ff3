// Runs a fuzz target's entry point over saved inputs without libFuzzer, so the
// normal g++ build (`make test`) replays the seed corpus and every input that
// once crashed: replay DIR_OR_FILE...
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int
main(int argc, char** argv)
{
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path path(argv[i]);
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::directory_iterator(path)) {
        if (entry.is_regular_file()) {
          inputs.push_back(entry.path());
        }
      }
    } else if (fs::exists(path)) {
      inputs.push_back(path);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "replay: no inputs given\n");
    return 1;
  }
  for (const auto& path : inputs) {
    // Exactly the file's bytes in their own buffer, so ASan catches a read past the end.
    std::vector<std::uint8_t> data(static_cast<std::size_t>(fs::file_size(path)));
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr || std::fread(data.data(), 1, data.size(), file) != data.size()) {
      std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
      return 1;
    }
    std::fclose(file);
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  std::printf("replayed %zu inputs\n", inputs.size());
  return 0;
}
