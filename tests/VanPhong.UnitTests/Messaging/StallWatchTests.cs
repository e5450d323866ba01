using VanPhong.Messaging;

namespace VanPhong.UnitTests.Messaging;

/// <summary>When failed outbox rounds call for a restart of the bus (<see cref="StalledPublishing"/>).</summary>
public sealed class StallWatchTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan After = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(25);

    [Fact]
    public void One_round_that_waited_out_the_publish_timeout_while_the_broker_answers_restarts_the_bus()
    {
        var watch = new StallWatch(After, Interval, Gap);

        // The round began at T0 and its publishes timed out 10 s later.
        Assert.Equal(TimeSpan.FromSeconds(10), watch.Stalled(T0, T0.AddSeconds(10), brokerAnswers: true));
    }

    [Fact]
    public void Quick_refusals_restart_it_only_once_they_have_lasted_the_delay()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.Null(watch.Stalled(T0, T0.AddSeconds(0.1), brokerAnswers: true));
        Assert.Null(watch.Stalled(T0.AddSeconds(0.6), T0.AddSeconds(0.7), brokerAnswers: true));
        Assert.Null(watch.Stalled(T0.AddSeconds(9), T0.AddSeconds(9.9), brokerAnswers: true));
        Assert.Equal(TimeSpan.FromSeconds(10.5), watch.Stalled(T0.AddSeconds(10.4), T0.AddSeconds(10.5), brokerAnswers: true));
    }

    [Fact]
    public void A_broker_that_does_not_answer_is_an_outage_waited_out_and_the_stall_counts_from_its_return()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.Null(watch.Stalled(T0, T0.AddSeconds(30), brokerAnswers: false));
        Assert.Null(watch.Stalled(T0.AddSeconds(60), T0.AddSeconds(61), brokerAnswers: false));

        // Back: the end of the first round after the return starts the count.
        Assert.Null(watch.Stalled(T0.AddSeconds(62), T0.AddSeconds(63), brokerAnswers: true));
        Assert.Null(watch.Stalled(T0.AddSeconds(71), T0.AddSeconds(72), brokerAnswers: true));
        Assert.NotNull(watch.Stalled(T0.AddSeconds(72), T0.AddSeconds(73), brokerAnswers: true));
    }

    [Fact]
    public void A_confirmed_publish_ends_the_stall()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.Null(watch.Stalled(T0, T0.AddSeconds(5), brokerAnswers: true));
        watch.Confirmed();
        Assert.Null(watch.Stalled(T0.AddSeconds(6), T0.AddSeconds(12), brokerAnswers: true));
        Assert.NotNull(watch.Stalled(T0.AddSeconds(13), T0.AddSeconds(16), brokerAnswers: true));
    }

    [Fact]
    public void Never_twice_within_the_interval_and_again_after_it()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.NotNull(watch.Stalled(T0, T0.AddSeconds(10), brokerAnswers: true));
        Assert.Null(watch.Stalled(T0.AddSeconds(10), T0.AddSeconds(20), brokerAnswers: true));
        Assert.Null(watch.Stalled(T0.AddSeconds(20), T0.AddSeconds(69), brokerAnswers: true));
        Assert.Equal(TimeSpan.FromSeconds(60), watch.Stalled(T0.AddSeconds(69), T0.AddSeconds(70), brokerAnswers: true));
    }

    [Fact]
    public void Failed_rounds_far_apart_are_not_one_stall()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.Null(watch.Stalled(T0, T0.AddSeconds(0.1), brokerAnswers: true));

        // An hour of quiet outbox, then one quick failure: the stall begins with it.
        Assert.Null(watch.Stalled(T0.AddHours(1), T0.AddHours(1).AddSeconds(0.1), brokerAnswers: true));
        Assert.NotNull(watch.Stalled(T0.AddHours(1).AddSeconds(10), T0.AddHours(1).AddSeconds(10.1), brokerAnswers: true));
    }

    [Fact]
    public void A_round_that_began_during_an_outage_and_ended_after_it_does_not_count_the_outage()
    {
        var watch = new StallWatch(After, Interval, Gap);

        Assert.Null(watch.Stalled(T0, T0.AddSeconds(1), brokerAnswers: false));

        // Began during the outage, ended 10 s later with the broker back: the stall starts at its end.
        Assert.Null(watch.Stalled(T0.AddSeconds(2), T0.AddSeconds(12), brokerAnswers: true));
        Assert.NotNull(watch.Stalled(T0.AddSeconds(13), T0.AddSeconds(22), brokerAnswers: true));
    }
}
