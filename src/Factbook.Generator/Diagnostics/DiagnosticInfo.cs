using System.Globalization;
using Factbook.Generator.Model;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// A problem found in content, as plain data: models carry these instead of Roslyn <c>Diagnostic</c>s so
    /// they stay equatable, and the command-line checker can print them without Roslyn.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments)
    {
        /// <summary>Every argument is escaped here (<see cref="MessageText.Escape"/>), so no content reaches a message raw.</summary>
        public static DiagnosticInfo Create(FactbookDiagnostic diagnostic, string path, SourceSpan span, params string[] arguments)
        {
            var escaped = new string[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                escaped[i] = MessageText.Escape(arguments[i]);
            }

            return new(diagnostic.Id, path, span, new EquatableArray<string>(escaped));
        }

        public FactbookDiagnostic Definition => FactbookDiagnostics.Find(Id);

        public string Message => string.Format(CultureInfo.InvariantCulture, Definition.MessageFormat, Arguments.ToObjectArray());

        /// <summary>The compiler's form: <c>file(line,col): error FB0001: message</c>.</summary>
        public override string ToString() =>
            (Path.Length == 0 ? string.Empty : $"{MessageText.Escape(Path)}({Span.Line},{Span.Column}): ") + $"{(Definition.IsError ? "error" : "warning")} {Id}: {Message}";
    }

    internal static class ArgumentExtensions
    {
        public static object[] ToObjectArray(this EquatableArray<string> arguments)
        {
            var result = new object[arguments.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = arguments[i];
            }

            return result;
        }
    }
}
