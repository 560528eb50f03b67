using System;

namespace RelationsTools.Tests
{
    /// <summary>The folder a hostile case is read from: its own, or a temporary one holding its generated file.</summary>
    internal sealed class CaseFolder : IDisposable
    {
        private readonly TempDataFolder? temporary;

        public CaseFolder(string path, string file, TempDataFolder? temporary)
        {
            Path = path;
            File = System.IO.Path.GetFullPath(file);
            this.temporary = temporary;
        }

        public string Path { get; }

        /// <summary>The full path of the case's data file, as messages and DataProblem.File give it.</summary>
        public string File { get; }

        public void Dispose() => temporary?.Dispose();
    }
}
