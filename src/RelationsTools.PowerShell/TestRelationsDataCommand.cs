using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Data;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Test-RelationsData: checks a data folder completely and returns one object per problem, nothing when
    /// all is well; with -Quiet only $true or $false, like Test-Path.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "RelationsData")]
    [OutputType(typeof(DataProblem), typeof(bool))]
    public sealed class TestRelationsDataCommand : PSCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath")]
        [ValidateNotNullOrEmpty]
        public string? DataPath { get; set; }

        /// <summary>Returns $true when the folder has no errors (warnings allowed), else $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            string folder = DataPath is null ? RelationsData.BundledDataFolder : SessionState.Path.GetUnresolvedProviderPathFromPSPath(DataPath);
            // A user's rows may cite the bundled sources and actors, so those load first (and a broken install stops here).
            var problems = DataValidator.Validate(folder, IsBundledFolder(folder) ? null : RelationsCmdlet.Terminating(this, () => RelationsData.Bundled));
            if (Quiet)
            {
                WriteObject(!problems.Any(p => p.Severity == ProblemSeverity.Error));
                return;
            }

            WriteObject(problems, enumerateCollection: true);
        }

        private static bool IsBundledFolder(string folder)
            => string.Equals(Path.GetFullPath(folder).TrimEnd('/', '\\'), RelationsData.BundledDataFolder.TrimEnd('/', '\\'), StringComparison.Ordinal);
    }
}
