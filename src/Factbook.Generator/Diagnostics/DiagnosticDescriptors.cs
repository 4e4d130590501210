using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>Roslyn descriptors, one per entry of <see cref="FactbookDiagnostics"/>, built from it.</summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly IReadOnlyList<DiagnosticDescriptor> All = FactbookDiagnostics.All.Select(diagnostic => Create(diagnostic)).ToList();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

        /// <summary>Reported by <see cref="StringIdAnalyzer"/>, at a string literal in C#.</summary>
        public static readonly DiagnosticDescriptor UnknownIdInCode = ById[FactbookDiagnostics.UnknownIdInCode.Id];

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var span = info.Span.Normalized();
            var location = info.Path.Length == 0 ? Location.None : Location.Create(info.Path, new TextSpan(span.Start, span.Length), ToLineSpan(span));
            if (info.Consequence.Length == 0)
            {
                return Diagnostic.Create(ById[info.Id], location, info.Arguments.ToObjectArray());
            }

            // The same id, so its configured severity applies, with one more argument for the consequence.
            var definition = FactbookDiagnostics.Find(info.Id);
            var slot = ArgumentCount(definition.MessageFormat);
            var withConsequence = WithConsequence.GetOrAdd(info.Id, _ => Create(definition, "{" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"));
            var arguments = new object[slot + 1];
            for (var i = 0; i < slot; i++)
            {
                arguments[i] = i < info.Arguments.Count ? info.Arguments[i] : string.Empty;
            }

            arguments[slot] = info.Consequence;
            return Diagnostic.Create(withConsequence, location, arguments);
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticDescriptor> WithConsequence = new(System.StringComparer.Ordinal);

        /// <summary>One more than the highest <c>{n}</c> of a message format.</summary>
        private static int ArgumentCount(string format)
        {
            var count = 0;
            for (var i = 0; i + 2 < format.Length; i++)
            {
                if (format[i] == '{' && char.IsDigit(format[i + 1]))
                {
                    var end = format.IndexOf('}', i);
                    if (end > i && int.TryParse(format.Substring(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                    {
                        count = System.Math.Max(count, index + 1);
                    }
                }
            }

            return count;
        }

        private static DiagnosticDescriptor Create(FactbookDiagnostic diagnostic, string suffix = "") =>
            new(
                diagnostic.Id,
                diagnostic.Title,
                diagnostic.MessageFormat + suffix,
                diagnostic.Category,
                diagnostic.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: diagnostic.Description);

        private static LinePositionSpan ToLineSpan(SourceSpan span) =>
            new(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
    }
}
