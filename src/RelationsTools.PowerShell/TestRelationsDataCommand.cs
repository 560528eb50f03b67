using System;
using System.IO;
using System.Management.Automation;
using RelationsTools.Data;
using RelationsTools.Validation;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Test-RelationsData: checks a data folder completely and writes one object per problem as it finds it,
    /// nothing when all is well; with -Quiet only $true or $false, like Test-Path.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "RelationsData")]
    [OutputType(typeof(DataProblem), typeof(bool))]
    public sealed class TestRelationsDataCommand : PSCmdlet
    {
        private const int ProgressActivityId = 0x5244; // "RD"
        private int lastPercent = -1;

        /// <summary>The folder to check; binds a piped string and the FullName or PSPath of piped folders. Without it, the bundled data.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [ValidateNotNullOrEmpty]
        public string? DataPath { get; set; }

        /// <summary>Also check the bundled rows as the folder's sources and actors leave them (as queries with -IncludeBundled read them).</summary>
        [Parameter]
        public SwitchParameter IncludeBundled { get; set; }

        /// <summary>A folder of source texts (&lt;source-id&gt;.txt) to check citations against; default: the data folder's texts folder, when it has one.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TextPath { get; set; }

        /// <summary>Returns $true when the folder has no errors (warnings allowed), else $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord() => RelationsCmdlet.Guard(this, Check);

        private void Check()
        {
            string? path = DataPath;
            string folder = path is null ? RelationsData.BundledDataFolder : PathArgument.Resolve(this, path, nameof(DataPath));

            // A user's rows may cite the bundled sources and actors, so those load first (and a broken install stops here).
            var bundled = IsBundledFolder(folder) ? null : RelationsData.Bundled;
            string? textFolder = TextPath is null ? null : PathArgument.Resolve(this, TextPath, nameof(TextPath));
            bool anyError = false;
            try
            {
                foreach (var problem in DataValidator.Validate(folder, bundled, WriteReadProgress, IncludeBundled, textFolder))
                {
                    anyError |= problem.Severity == ProblemSeverity.Error;
                    if (!Quiet)
                    {
                        WriteObject(problem);
                    }
                }
            }
            finally
            {
                if (lastPercent >= 0)
                {
                    WriteProgress(new ProgressRecord(ProgressActivityId, "Checking", "Done") { RecordType = ProgressRecordType.Completed });
                    lastPercent = -1;
                }
            }

            if (Quiet)
            {
                WriteObject(!anyError);
            }
        }

        private void WriteReadProgress(string filePath, double fraction)
        {
            int percent = (int)(fraction * 100);
            if (percent != lastPercent)
            {
                lastPercent = percent;
                WriteProgress(new ProgressRecord(ProgressActivityId, "Checking " + Path.GetFileName(filePath), percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "% read") { PercentComplete = percent });
            }
        }

        private static bool IsBundledFolder(string folder)
            => string.Equals(Path.GetFullPath(folder).TrimEnd('/', '\\'), RelationsData.BundledDataFolder.TrimEnd('/', '\\'), StringComparison.Ordinal);
    }
}
