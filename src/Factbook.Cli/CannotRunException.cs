using System;

namespace Factbook.Cli
{
    /// <summary>
    /// The command cannot do what was asked (a path that does not exist, a folder without YAML): its message
    /// is for the user, and the command exits with <see cref="CliApp.CannotRun"/>.
    /// </summary>
    internal sealed class CannotRunException(string message) : Exception(message);
}
