using System;
using System.IO;
using System.Management.Automation;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// New-RelationsDataset: starts a data folder of one's own, as a copy of the bundled data (which then reads
    /// exactly as the bundled data does) or, with -Empty, one header line per table.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "RelationsDataset", SupportsShouldProcess = true)]
    [OutputType(typeof(DirectoryInfo))]
    public sealed class NewRelationsDatasetCommand : PSCmdlet
    {
        /// <summary>The folder to create or fill; relative to the current location. Taken literally.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("LiteralPath", "PSPath")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>Writes only a header line for each table, instead of a copy of the bundled data.</summary>
        [Parameter]
        public SwitchParameter Empty { get; set; }

        /// <summary>Writes into a folder that already holds files, replacing the data files and README of the same names.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void EndProcessing()
        {
            string folder = PathArgument.Resolve(this, Path, nameof(Path));
            if (File.Exists(folder))
            {
                Stop(new IOException($"'{folder}' is a file; give the path of a folder to create."), "DatasetPathIsFile", ErrorCategory.InvalidArgument, folder);
            }

            bool occupied = DatasetTemplate.HoldsAnything(folder);
            string files = string.Join(", ", DatasetTemplate.FileNames(Empty));
            string action = (Empty ? "Write the empty data files (" : "Copy the bundled data (") + files + ")"
                + (occupied ? ", replacing files of those names and keeping the rest" : string.Empty);
            if (!ShouldProcess(folder, action))
            {
                return;
            }

            // Checked after ShouldProcess, so that -WhatIf says what it would do even where a real run would refuse.
            if (occupied && !Force)
            {
                Stop(new IOException($"The folder '{folder}' is not empty. Use -Force to write the data files ({files}) into it anyway; files of those names are replaced, anything else is kept."),
                    "DatasetFolderNotEmpty", ErrorCategory.ResourceExists, folder);
            }

            try
            {
                DatasetTemplate.Write(folder, RelationsData.BundledDataFolder, Empty);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Stop(e, "DatasetFolderUnwritable", ErrorCategory.WriteError, folder);
            }

            WriteObject(SessionState.InvokeProvider.Item.Get(new[] { folder }, force: true, literalPath: true), enumerateCollection: true);
        }

        private void Stop(Exception exception, string errorId, ErrorCategory category, string target)
            => ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));
    }
}
