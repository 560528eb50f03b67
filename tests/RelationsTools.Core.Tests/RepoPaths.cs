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
}
