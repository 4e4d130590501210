namespace Factbook.Generator
{
    /// <summary>
    /// The last line of defence: an exception escaping a generator becomes CS8785 and drops every generated
    /// file, so a bug of ours is reported as FB0999 on the file instead, and the other files still generate.
    /// </summary>
    internal static class Guard
    {
        /// <param name="path">The file the step works on, where the problem is reported; a hint name reports without a location.</param>
        public static T Run<T>(string path, Func<T> step, Func<EquatableArray<DiagnosticInfo>, T> onError)
        {
            try
            {
                return step();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var located = path.EndsWith(".g.cs", StringComparison.Ordinal) ? string.Empty : path;
                var problem = DiagnosticInfo.Create(FactbookDiagnostics.InternalError, located, SourceSpan.FileStart, "this file", Describe(exception));
                return onError(new EquatableArray<DiagnosticInfo>(new[] { problem }));
            }
        }

        public static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;
    }
}
