using System;
using System.IO;

namespace RelationsTools.Tests
{
    /// <summary>A temporary data folder with the files a test writes into it, deleted afterwards.</summary>
    internal sealed class TempDataFolder : IDisposable
    {
        public TempDataFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "relationstools-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string fileName, string content)
        {
            string file = System.IO.Path.Combine(Path, fileName);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
