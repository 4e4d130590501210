using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>Roslyn descriptors, one per entry of <see cref="FactbookDiagnostics"/>, built from it.</summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly IReadOnlyList<DiagnosticDescriptor> All = FactbookDiagnostics.All.Select(Create).ToList();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

        /// <summary>Reported by <see cref="StringIdAnalyzer"/>, at a string literal in C#.</summary>
        public static readonly DiagnosticDescriptor UnknownIdInCode = ById[FactbookDiagnostics.UnknownIdInCode.Id];

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var span = info.Span.Normalized();
            var location = info.Path.Length == 0 ? Location.None : Location.Create(info.Path, new TextSpan(span.Start, span.Length), ToLineSpan(span));
            return Diagnostic.Create(ById[info.Id], location, info.Arguments.ToObjectArray());
        }

        private static DiagnosticDescriptor Create(FactbookDiagnostic diagnostic) =>
            new(
                diagnostic.Id,
                diagnostic.Title,
                diagnostic.MessageFormat,
                diagnostic.Category,
                diagnostic.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: diagnostic.Description);

        private static LinePositionSpan ToLineSpan(SourceSpan span) =>
            new(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
    }
}
