using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>Roslyn descriptors for <see cref="FactbookDiagnostics"/>, and the conversion of plain diagnostics to Roslyn's.</summary>
    internal static class DiagnosticDescriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = FactbookDiagnostics.All.ToDictionary(
            diagnostic => diagnostic.Id,
            diagnostic => new DiagnosticDescriptor(
                diagnostic.Id,
                diagnostic.Title,
                diagnostic.MessageFormat,
                diagnostic.Category,
                diagnostic.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true));

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var location = info.Path.Length == 0 ? Location.None : Location.Create(info.Path, new TextSpan(info.Span.Start, info.Span.Length), ToLineSpan(info.Span));
            return Diagnostic.Create(ById[info.Id], location, info.Arguments.ToObjectArray());
        }

        private static LinePositionSpan ToLineSpan(SourceSpan span) =>
            new(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
    }
}
