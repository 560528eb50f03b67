using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using RelationsTools.Data;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Tab completion of source ids from the bundled data.</summary>
    internal sealed class SourceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = new TextPattern(wordToComplete.Trim('\'', '"') + "*");
            foreach (var source in RelationsData.Bundled.Sources)
            {
                if (pattern.IsMatch(source.Id))
                {
                    yield return new CompletionResult(source.Id, source.Id, CompletionResultType.ParameterValue, source.Title);
                }
            }
        }
    }
}
