namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// A problem found in content, as plain data: models carry these instead of Roslyn <c>Diagnostic</c>s so
    /// they stay equatable, and the command-line checker can print them without Roslyn.
    /// </summary>
    /// <param name="Anchor">
    /// For a problem found across files, at an entry: which entry of its file and which part (see
    /// <see cref="DiagnosticAnchor"/>), so its span is taken from the file as it is now when reported.
    /// </param>
    /// <param name="Consequence">
    /// What the problem costs beyond itself, after the message: "; until it is fixed, the Place entry 'x' is left
    /// out…". Every problem that leaves an entry out says so, so a severity lowered in .globalconfig or
    /// .editorconfig never drops an entry in silence.
    /// </param>
    internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments, DiagnosticAnchor? Anchor = null, string Consequence = "")
    {
        /// <summary>The consequence for a problem that leaves an entry out of the generated code.</summary>
        public static string LeavesOut(string typeName, string id) =>
            "; until it is fixed, the " + typeName + " entry " + (id.Length > 0 ? "'" + MessageText.Quote(id) + "'" : "without an id") + " is left out of All, Count and Get, with the entries that refer to it";

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

        public string Message => string.Format(CultureInfo.InvariantCulture, Definition.MessageFormat, Arguments.ToObjectArray()) + Consequence;

        /// <summary>The compiler's form: <c>file(line,col): error FB0001: message</c>.</summary>
        public override string ToString() =>
            (Path.Length == 0 ? string.Empty : $"{MessageText.Escape(Path)}({Span.Line},{Span.Column}): ") + $"{(Definition.IsError ? "error" : "warning")} {Id}: {Message}";
    }

    /// <summary>An entry of a file (its index there) and its part: its id, its n-th reference, or its <c>superseded_by</c>.</summary>
    internal readonly record struct DiagnosticAnchor(int Entry, int Part)
    {
        public const int Id = -1;
        public const int SupersededBy = -2;

        /// <summary>The part of an entry's n-th value of a field with <c>unique: true</c>.</summary>
        public static int UniqueValue(int n) => -3 - n;

        /// <summary>Which unique value a part names, or -1 when it names none.</summary>
        public static int UniqueValueOf(int part) => part <= -3 ? -3 - part : -1;
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
