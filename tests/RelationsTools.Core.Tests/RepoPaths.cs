using System;
using System.IO;

namespace RelationsTools.Tests
{
    /// <summary>Finds the repository's own folders from wherever the test runner put the test assembly.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string BundledData => Path.Combine(Root, "data");

        /// <summary>The texts of the bundled data's sources, beside the clone (../shared/sources); they are not in the repository.</summary>
        public static string SharedSources => Path.GetFullPath(Path.Combine(Root, "..", "shared", "sources"));

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "RelationsTools.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("RelationsTools.sln not found above " + AppContext.BaseDirectory);
        }
    }

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
