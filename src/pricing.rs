//! The price calculator: from one batch's costs to the cost of one pack (HPP), then what one
//! sale really earns on each channel after the channel's fees, the seller's voucher and the
//! shipping she pays, the lowest written price that keeps a target margin, and how many packs
//! pay back a one-off purchase. The channels and their practice fee rates come from the
//! lesson file (`lesson::PriceCalculator`).
//!
//! Rounding, in one place: every cost and fee is whole rupiah rounded up (a seller who rounds
//! her costs down prices at a loss), and fees are taken from the price less the seller's
//! voucher, which is what the buyer pays for the goods.

use crate::lesson::text::truncate_chars;
use crate::lesson::{BatchCost, PriceCalculator, SaleChannel, SaleFee};
use crate::money::{format_rupiah, parse_rupiah, Rupiah, MAX_PRICE};
use serde::{Deserialize, Serialize};

/// A rate in hundredths of a percent: "2,5%" is 250. Whole numbers keep money exact.
pub type BasisPoints = u32;
pub const WHOLE: BasisPoints = 10_000;

/// Reads a practice fee rate as a trainer writes it: "8%", "2,5%", "1.8 %", "0%".
/// At most two decimals and at most 100%.
pub fn parse_rate(text: &str) -> Option<BasisPoints> {
    let number = text.trim().strip_suffix('%')?.trim().replace(',', ".");
    let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || fraction.len() > 2 || (!fraction.is_empty() && !digits(fraction)) {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let fraction: u32 = format!("{fraction:0<2}").parse().ok()?;
    let rate = whole.checked_mul(100)?.checked_add(fraction)?;
    (rate <= WHOLE).then_some(rate)
}

/// `amount × rate`, rounded up to whole rupiah.
fn share(amount: Rupiah, rate: BasisPoints) -> Rupiah {
    let product = u128::from(amount) * u128::from(rate);
    product.div_ceil(u128::from(WHOLE)) as Rupiah
}

/// One fee on one sale: the rate of what the buyer pays for the goods, at most `cap`, and
/// nothing on a sale of at most `free_up_to` (QRIS for micro merchants).
pub fn fee_amount(fee: &SaleFee, goods: Rupiah) -> Rupiah {
    if is_waived(fee, goods) {
        return 0;
    }
    let amount = share(goods, parse_rate(&fee.rate).unwrap_or(0));
    fee.cap.map_or(amount, |cap| amount.min(cap))
}

/// Whether a sale this small pays nothing of the fee (`free_up_to`).
pub fn is_waived(fee: &SaleFee, goods: Rupiah) -> bool {
    fee.free_up_to.is_some_and(|limit| goods <= limit)
}

/// The cost of one pack: the batch's total over its packs, rounded up. `None` without packs.
pub fn cost_per_pack(batch_total: Rupiah, packs: u32) -> Option<Rupiah> {
    (packs > 0).then(|| batch_total.div_ceil(Rupiah::from(packs)))
}

/// What one sale at `price` leaves after everything the channel takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earnings {
    pub price: Rupiah,
    pub voucher: Rupiah,
    /// Each of the channel's fees, in the file's order.
    pub fees: Vec<Rupiah>,
    pub shipping: Rupiah,
    pub cost_per_pack: Rupiah,
    /// Negative is a loss on every pack.
    pub profit: i64,
}

impl Earnings {
    pub fn of(channel: &SaleChannel, price: Rupiah, cost_per_pack: Rupiah) -> Earnings {
        let voucher = channel.seller_voucher.min(price);
        let goods = price - voucher;
        let fees: Vec<Rupiah> = channel
            .fees
            .iter()
            .map(|fee| fee_amount(fee, goods))
            .collect();
        let kept = i128::from(goods) - fees.iter().map(|&f| i128::from(f)).sum::<i128>();
        let profit = kept - i128::from(channel.seller_shipping) - i128::from(cost_per_pack);
        Earnings {
            price,
            voucher,
            fees,
            shipping: channel.seller_shipping,
            cost_per_pack,
            profit: clamp_i64(profit),
        }
    }

    /// What the buyer pays for the goods: the price less the seller's voucher.
    pub fn goods(&self) -> Rupiah {
        self.price - self.voucher
    }

    /// Profit as a whole percent of the price, rounded down; `None` at a price of zero.
    pub fn margin_percent(&self) -> Option<i64> {
        (self.price > 0).then(|| clamp_i64(i128::from(self.profit) * 100 / i128::from(self.price)))
    }

    /// Whether the profit is at least `target` percent of the price.
    pub fn reaches(&self, target_percent: u8) -> bool {
        self.price > 0
            && i128::from(self.profit) * 100 >= i128::from(target_percent) * i128::from(self.price)
    }

    /// Profit over `packs` sold, e.g. a month's.
    pub fn over(&self, packs: u32) -> i64 {
        self.profit.saturating_mul(i64::from(packs))
    }

    /// Packs to sell before a one-off purchase has paid for itself; `None` while each pack
    /// earns nothing.
    pub fn break_even_packs(&self, one_off: Rupiah) -> Option<u64> {
        let profit = u64::try_from(self.profit).ok().filter(|&p| p > 0)?;
        Some(one_off.div_ceil(profit))
    }
}

fn clamp_i64(value: i128) -> i64 {
    value.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// How prices are written: Rp500 steps below Rp10.000, Rp1.000 steps from there.
pub fn price_step(price: Rupiah) -> Rupiah {
    if price < 10_000 {
        500
    } else {
        1_000
    }
}

/// `price` rounded up to the next written price.
pub fn round_up_to_written(price: Rupiah) -> Rupiah {
    let step = price_step(price);
    let rounded = price.div_ceil(step) * step;
    // Rounding 9.999 up in Rp500 steps gives 10.000, which is written in Rp1.000 steps too.
    rounded.max(500)
}

/// The lowest written price at which the channel keeps `target_percent` of the price as
/// profit; `None` when no price up to `MAX_PRICE` does (the fees take too much).
pub fn suggested_price(
    channel: &SaleChannel,
    cost_per_pack: Rupiah,
    target_percent: u8,
) -> Option<Rupiah> {
    // Below cost nothing is earned, so the search starts there.
    let mut price = round_up_to_written(cost_per_pack.max(1));
    while price <= MAX_PRICE {
        if Earnings::of(channel, price, cost_per_pack).reaches(target_percent) {
            return Some(price);
        }
        price += price_step(price);
    }
    None
}

/// Why a typed amount was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountProblem {
    Unreadable,
    TooLarge,
}

/// Reads an amount of rupiah as people type it; `Ok(None)` for an empty box.
pub fn read_amount(text: &str) -> Result<Option<Rupiah>, AmountProblem> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_rupiah(text).map(Some).ok_or_else(|| {
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if digits > 10 {
            AmountProblem::TooLarge
        } else {
            AmountProblem::Unreadable
        }
    })
}

/// The most packs a box takes: more is a typing mistake for a micro business.
pub const MAX_PACKS: u32 = 100_000;

/// Reads a count of packs: "40", "1.000", "1 000", "40 bungkus"; `Ok(None)` for an empty box.
pub fn read_packs(text: &str) -> Result<Option<u32>, AmountProblem> {
    let text = text.trim();
    let number = text
        .strip_suffix("bungkus")
        .or_else(|| text.strip_suffix("pcs"))
        .unwrap_or(text)
        .trim();
    if number.is_empty() {
        return if text.is_empty() {
            Ok(None)
        } else {
            Err(AmountProblem::Unreadable)
        };
    }
    let digits: String = number.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || digits.starts_with('0') && digits.len() > 1 {
        return Err(AmountProblem::Unreadable);
    }
    match digits.parse::<u64>() {
        Ok(0) => Err(AmountProblem::Unreadable),
        Ok(count) if count <= u64::from(MAX_PACKS) => Ok(Some(count as u32)),
        _ => Err(AmountProblem::TooLarge),
    }
}

/// The longest text a box keeps.
const MAX_TYPED: usize = 40;

/// What the learner typed into the calculator, kept as typed so a reload shows it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceSheet {
    /// One box per batch cost, in the lesson's order.
    #[serde(default)]
    pub costs: Vec<String>,
    /// Whether the cost marked `own_time` counts.
    #[serde(default)]
    pub count_own_time: bool,
    #[serde(default)]
    pub packs_per_batch: String,
    #[serde(default)]
    pub packs_per_month: String,
    /// One price per channel, in the lesson's order.
    #[serde(default)]
    pub prices: Vec<String>,
}

/// "25.000": an amount as the boxes start, without "Rp".
fn plain(amount: Rupiah) -> String {
    format_rupiah(amount).trim_start_matches("Rp").to_string()
}

impl PriceSheet {
    /// The lesson's batch, with the prices still to type; the seller's own time counts (her
    /// hours are a cost too), and she can untick it.
    pub fn new(step: &PriceCalculator) -> PriceSheet {
        PriceSheet {
            costs: step
                .batch
                .get()
                .iter()
                .map(|cost| plain(cost.amount))
                .collect(),
            count_own_time: true,
            packs_per_batch: step.packs_per_batch.to_string(),
            packs_per_month: step.packs_per_month.to_string(),
            prices: vec![String::new(); step.channels.get().len()],
        }
    }

    /// As many boxes as the lesson has (a changed lesson file may have more or fewer), each
    /// no longer than a box takes.
    pub fn fitted(mut self, step: &PriceCalculator) -> PriceSheet {
        let fresh = PriceSheet::new(step);
        self.costs.truncate(fresh.costs.len());
        self.costs
            .extend(fresh.costs[self.costs.len()..].iter().cloned());
        self.prices.resize(step.channels.get().len(), String::new());
        for text in self.costs.iter_mut().chain(self.prices.iter_mut()) {
            *text = truncate_chars(text, MAX_TYPED).to_string();
        }
        for text in [&mut self.packs_per_batch, &mut self.packs_per_month] {
            *text = truncate_chars(text, MAX_TYPED).to_string();
        }
        self
    }

    /// Whether the batch cost at `index` is in the sum.
    pub fn counts(&self, step: &PriceCalculator, index: usize) -> bool {
        self.counts_cost(step.batch.get().get(index))
    }

    fn counts_cost(&self, cost: Option<&BatchCost>) -> bool {
        self.count_own_time || !cost.is_some_and(|cost| cost.own_time)
    }

    /// The batch's total, or the first box that does not read. An empty box counts as zero.
    pub fn batch_total(&self, step: &PriceCalculator) -> Result<Rupiah, (usize, AmountProblem)> {
        let batch = step.batch.get();
        let mut total: Rupiah = 0;
        for (index, text) in self.costs.iter().enumerate() {
            let amount = read_amount(text)
                .map_err(|problem| (index, problem))?
                .unwrap_or(0);
            if self.counts_cost(batch.get(index)) {
                total = total.saturating_add(amount);
            }
        }
        Ok(total)
    }

    /// HPP: the cost of one pack, once the batch and its packs read.
    pub fn cost_per_pack(&self, step: &PriceCalculator) -> Option<Rupiah> {
        let total = self.batch_total(step).ok()?;
        cost_per_pack(total, read_packs(&self.packs_per_batch).ok()??)
    }

    /// What a sale on channel `index` earns at the typed price, once both read.
    pub fn earnings(&self, step: &PriceCalculator, index: usize) -> Option<Earnings> {
        let channels = step.channels.get();
        let channel = channels.get(index)?;
        let price = read_amount(self.prices.get(index)?).ok()??;
        Some(Earnings::of(channel, price, self.cost_per_pack(step)?))
    }

    /// Done when every channel has a price that keeps the lesson's target margin.
    pub fn is_done(&self, step: &PriceCalculator) -> bool {
        (0..step.channels.get().len()).all(|index| {
            self.earnings(step, index)
                .is_some_and(|earnings| earnings.reaches(step.target_margin))
        })
    }
}

/// Lesson-file rules for a price calculator, as (field, message) pairs for the validator.
pub fn step_problems(step: &PriceCalculator) -> Vec<(String, String)> {
    let (batch, channels) = (step.batch.get(), step.channels.get());
    let mut problems = Vec::new();
    let mut say = |field: String, message: &str| problems.push((field, message.to_string()));
    if batch.is_empty() {
        say("batch".into(), "tulis paling sedikit satu biaya");
    }
    for (i, cost) in batch.iter().enumerate() {
        if cost.name.trim().is_empty() {
            say(format!("batch[{}].name", i + 1), "tidak boleh kosong");
        }
        if cost.amount > MAX_PRICE {
            say(
                format!("batch[{}].amount", i + 1),
                "terlalu besar (paling banyak Rp1.000.000.000)",
            );
        }
    }
    if batch.iter().filter(|cost| cost.own_time).count() > 1 {
        say(
            "batch".into(),
            "hanya satu biaya boleh ditandai own_time = true",
        );
    }
    for (field, count) in [
        ("packs_per_batch", step.packs_per_batch),
        ("packs_per_month", step.packs_per_month),
    ] {
        if count == 0 || count > MAX_PACKS {
            say(field.into(), "tulis angka 1 sampai 100000");
        }
    }
    if !(1..=90).contains(&step.target_margin) {
        say("target_margin".into(), "tulis persen untung 1 sampai 90");
    }
    if step.one_off_cost == 0 || step.one_off_cost > MAX_PRICE {
        say("one_off_cost".into(), "tulis harga alat, lebih dari 0");
    }
    if channels.is_empty() || channels.len() > 4 {
        say("channels".into(), "tulis 1 sampai 4 tempat jualan");
    }
    for (i, channel) in channels.iter().enumerate() {
        let at = format!("channels[{}]", i + 1);
        if channel.name.trim().is_empty() {
            say(format!("{at}.name"), "tidak boleh kosong");
        }
        if channel.seller_voucher > MAX_PRICE || channel.seller_shipping > MAX_PRICE {
            say(at.clone(), "voucher atau ongkos kirim terlalu besar");
        }
        for (j, fee) in channel.fees.iter().enumerate() {
            let fee_at = format!("{at}.fees[{}]", j + 1);
            if fee.name.trim().is_empty() {
                say(format!("{fee_at}.name"), "tidak boleh kosong");
            }
            if parse_rate(&fee.rate).is_none() {
                say(
                    format!("{fee_at}.rate"),
                    "tulis persen seperti \"8%\" atau \"2,5%\" (paling banyak 100%)",
                );
            }
        }
    }
    problems
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lesson::{Packed, Text};
    use std::borrow::Cow;

    fn fee(
        name: &'static str,
        rate: &'static str,
        cap: Option<Rupiah>,
        free_up_to: Option<Rupiah>,
    ) -> SaleFee {
        SaleFee {
            name: Text::Borrowed(name),
            rate: Text::Borrowed(rate),
            cap,
            free_up_to,
        }
    }

    fn channel(fees: Vec<SaleFee>, seller_voucher: Rupiah, seller_shipping: Rupiah) -> SaleChannel {
        SaleChannel {
            name: Text::Borrowed("Saluran"),
            note: None,
            fees: Cow::Owned(fees),
            seller_voucher,
            seller_shipping,
        }
    }

    /// Dapur Bu Ratna's keripik batch, as the lesson file gives it: 20 packs of 250 g.
    pub(crate) fn keripik_step() -> PriceCalculator {
        let cost = |name: &'static str, amount, own_time| BatchCost {
            name: Text::Borrowed(name),
            amount,
            own_time,
        };
        PriceCalculator {
            title: Text::Borrowed("Hitung harga"),
            task: Text::Borrowed("Beri harga"),
            product: Text::Borrowed("Keripik singkong pedas 250 g"),
            batch: Packed::new(&Cow::Owned(vec![
                cost("Singkong 15 kg", 75_000, false),
                cost("Minyak goreng 4 liter", 72_000, false),
                cost("Bumbu dan cabai", 45_000, false),
                cost("Kemasan dan stiker, 20 buah", 40_000, false),
                cost("Gas dan listrik", 28_000, false),
                cost("Upah pembantu mengiris", 60_000, false),
                cost("Upah saya sendiri", 80_000, true),
            ])),
            packs_per_batch: 20,
            packs_per_month: 120,
            target_margin: 20,
            one_off_name: Text::Borrowed("Sealer baru"),
            one_off_cost: 350_000,
            channels: Packed::new(&Cow::Owned(vec![
                SaleChannel {
                    name: Text::Borrowed("WhatsApp, bayar transfer atau QRIS"),
                    ..channel(vec![fee("Biaya QRIS", "0,3%", None, Some(500_000))], 0, 0)
                },
                SaleChannel {
                    name: Text::Borrowed("WhatsApp, bayar di tempat (COD)"),
                    ..channel(vec![fee("Biaya COD kurir", "3%", None, None)], 0, 0)
                },
                SaleChannel {
                    name: Text::Borrowed("Pasar Latihan"),
                    ..channel(
                        vec![
                            fee("Biaya admin", "8%", None, None),
                            fee("Biaya layanan pembayaran", "1,8%", None, None),
                            fee("Program gratis ongkos kirim", "4%", Some(10_000), None),
                        ],
                        1_000,
                        2_000,
                    )
                },
            ])),
            hint: None,
            trainer_note: None,
        }
    }

    #[test]
    fn rates_read_as_trainers_write_them() {
        assert_eq!(parse_rate("8%"), Some(800));
        assert_eq!(parse_rate("2,5%"), Some(250));
        assert_eq!(parse_rate(" 1.8 % "), Some(180));
        assert_eq!(parse_rate("0%"), Some(0));
        assert_eq!(parse_rate("100%"), Some(10_000));
        for wrong in [
            "8",
            "101%",
            "1,234%",
            "-2%",
            "%",
            "dua%",
            "1,5,0%",
            "99999999999%",
        ] {
            assert_eq!(parse_rate(wrong), None, "{wrong}");
        }
    }

    /// The worked example a trainer can check by hand (see the lesson file's comment).
    #[test]
    fn a_keripik_batch_from_ingredients_to_a_month_on_two_channels() {
        let step = keripik_step();
        let mut sheet = PriceSheet::new(&step);
        // 75.000 + 72.000 + 45.000 + 40.000 + 28.000 + 60.000 = 320.000, plus her 80.000.
        assert_eq!(sheet.batch_total(&step), Ok(400_000));
        assert_eq!(sheet.cost_per_pack(&step), Some(20_000));
        sheet.count_own_time = false;
        assert_eq!(sheet.cost_per_pack(&step), Some(16_000));
        sheet.count_own_time = true;

        sheet.prices = vec!["25rb".into(), "Rp 25.000".into(), "25.000".into()];
        // WhatsApp with QRIS: 25.000 is under Rp500.000, so no fee: 25.000 - 20.000.
        let whatsapp = sheet.earnings(&step, 0).unwrap();
        assert_eq!((whatsapp.fees.clone(), whatsapp.profit), (vec![0], 5_000));
        assert_eq!(whatsapp.margin_percent(), Some(20));
        assert!(whatsapp.reaches(20));
        assert_eq!(whatsapp.over(120), 600_000);
        assert_eq!(whatsapp.break_even_packs(350_000), Some(70));

        // Pasar Latihan at the same price: voucher 1.000, so fees are on 24.000:
        // admin 1.920, payment 432, free shipping 960; then 2.000 shipping and 20.000 HPP.
        let market = sheet.earnings(&step, 2).unwrap();
        assert_eq!(market.fees, vec![1_920, 432, 960]);
        assert_eq!(
            market.profit,
            25_000 - 1_000 - 1_920 - 432 - 960 - 2_000 - 20_000
        );
        assert_eq!(market.profit, -1_312);
        assert_eq!(market.over(120), -157_440);
        assert_eq!(market.break_even_packs(350_000), None);
        assert!(!sheet.is_done(&step));

        // The suggestion for 20%: at 35.000 the fees on 34.000 are 2.720 + 612 + 1.360,
        // leaving 35.000 - 1.000 - 4.692 - 2.000 - 20.000 = 7.308, at least 7.000.
        assert_eq!(
            suggested_price(&step.channels.get()[2], 20_000, 20),
            Some(35_000)
        );
        assert_eq!(
            Earnings::of(&step.channels.get()[2], 35_000, 20_000).profit,
            7_308
        );
        assert!(!Earnings::of(&step.channels.get()[2], 34_000, 20_000).reaches(20));
        assert_eq!(
            suggested_price(&step.channels.get()[1], 20_000, 20),
            Some(26_000)
        );

        sheet.prices = vec!["25rb".into(), "26rb".into(), "35rb".into()];
        assert!(sheet.is_done(&step));
    }

    /// The lesson file's own numbers, which its questions and comment quote.
    #[test]
    fn the_shipped_lesson_teaches_the_worked_example() {
        use crate::lesson::Step;
        let step = crate::catalog::shipped_step("hitung-harga-dan-untung", |s| match s {
            Step::PriceCalculator(s) => Some(s),
            _ => None,
        });
        let ours = keripik_step();
        assert_eq!(
            (
                &step.batch.get(),
                &step.channels.get()[2].fees,
                step.target_margin
            ),
            (
                &ours.batch.get(),
                &ours.channels.get()[2].fees,
                ours.target_margin
            )
        );
        let mut sheet = PriceSheet::new(step);
        sheet.prices = vec!["25rb".into(); 3];
        assert_eq!(sheet.cost_per_pack(step), Some(20_000));
        let profits: Vec<i64> = (0..3)
            .map(|i| sheet.earnings(step, i).unwrap().profit)
            .collect();
        assert_eq!(profits, vec![5_000, 4_250, -1_312]);
        assert_eq!(
            suggested_price(&step.channels.get()[2], 20_000, step.target_margin),
            Some(35_000)
        );
    }

    #[test]
    fn qris_is_free_up_to_its_limit_and_a_cap_stops_a_fee() {
        let qris = fee("QRIS", "0,3%", None, Some(500_000));
        assert_eq!(fee_amount(&qris, 500_000), 0);
        assert!(is_waived(&qris, 500_000) && !is_waived(&qris, 500_001));
        assert_eq!(fee_amount(&qris, 500_001), 1_501);
        let free_shipping = fee("Gratis ongkir", "4%", Some(10_000), None);
        assert_eq!(fee_amount(&free_shipping, 100_000), 4_000);
        assert_eq!(fee_amount(&free_shipping, 1_000_000), 10_000);
        // Rounded up: 4% of 1.001 is 40,04.
        assert_eq!(fee_amount(&free_shipping, 1_001), 41);
    }

    #[test]
    fn profit_falls_when_a_fee_rises() {
        for price in [1_000, 12_500, 35_000, 999_999, MAX_PRICE] {
            let mut last = i64::MAX;
            for rate in (0..=10_000).step_by(125) {
                let rate = format!("{},{:02}%", rate / 100, rate % 100);
                let rate: &'static str = Box::leak(rate.into_boxed_str());
                let profit = Earnings::of(
                    &channel(vec![fee("Admin", rate, None, None)], 500, 0),
                    price,
                    7_000,
                )
                .profit;
                assert!(profit <= last, "{rate} at {price}: {profit} > {last}");
                last = profit;
            }
        }
    }

    #[test]
    fn the_suggested_price_is_the_lowest_written_price_that_reaches_the_target() {
        let step = keripik_step();
        for channel in step.channels.get().iter() {
            for cost in [0, 1, 499, 7_250, 16_000, 20_000, 123_456] {
                for target in [1, 20, 45, 90] {
                    let Some(price) = suggested_price(channel, cost, target) else {
                        continue;
                    };
                    assert!(
                        Earnings::of(channel, price, cost).reaches(target),
                        "{price} {cost} {target}"
                    );
                    assert_eq!(round_up_to_written(price), price);
                    let lower = price - if price > 10_000 { 1_000 } else { 500 };
                    assert!(
                        lower == 0 || !Earnings::of(channel, lower, cost).reaches(target),
                        "{lower} also reaches"
                    );
                }
            }
        }
    }

    #[test]
    fn no_price_reaches_a_margin_the_fees_take_away() {
        let all_taken = channel(vec![fee("Admin", "100%", None, None)], 0, 0);
        assert_eq!(suggested_price(&all_taken, 5_000, 20), None);
        assert!(Earnings::of(&all_taken, 20_000, 5_000).profit < 0);
        let most_taken = channel(vec![fee("Admin", "85%", None, None)], 0, 0);
        assert_eq!(suggested_price(&most_taken, 1_000, 20), None);
        assert!(suggested_price(&most_taken, 1_000, 10).is_some());
    }

    #[test]
    fn absurd_numbers_neither_overflow_nor_panic() {
        let step = keripik_step();
        let huge = Earnings::of(&step.channels.get()[2], MAX_PRICE, MAX_PRICE);
        assert!(huge.profit < 0 && huge.over(MAX_PACKS) < 0);
        assert_eq!(
            Earnings::of(&step.channels.get()[0], 0, 0).margin_percent(),
            None
        );
        assert!(!Earnings::of(&step.channels.get()[0], 0, 0).reaches(1));
        assert_eq!(cost_per_pack(400_000, 0), None);
        let mut sheet = PriceSheet::new(&step);
        sheet.prices[0] = "Rp99.999.999.999".into();
        sheet.packs_per_batch = "0".into();
        assert_eq!(sheet.cost_per_pack(&step), None);
        assert_eq!(sheet.earnings(&step, 0), None);
        assert_eq!(
            read_amount("Rp99.999.999.999"),
            Err(AmountProblem::TooLarge)
        );
        sheet.costs[0] = "🥔🥔".into();
        assert_eq!(
            sheet.batch_total(&step),
            Err((0, AmountProblem::Unreadable))
        );
        assert!(!sheet.is_done(&step));
    }

    #[test]
    fn amounts_and_packs_read_as_people_type_them() {
        assert_eq!(read_amount(""), Ok(None));
        assert_eq!(read_amount("15rb"), Ok(Some(15_000)));
        assert_eq!(read_amount("Rp 15.000"), Ok(Some(15_000)));
        assert_eq!(read_amount("15.00"), Err(AmountProblem::Unreadable));
        assert_eq!(read_amount("<b>15000</b>"), Err(AmountProblem::Unreadable));
        assert_eq!(read_packs("40"), Ok(Some(40)));
        assert_eq!(read_packs("1.000"), Ok(Some(1_000)));
        assert_eq!(read_packs("40 bungkus"), Ok(Some(40)));
        assert_eq!(read_packs(" "), Ok(None));
        for wrong in ["0", "-5", "4,5", "empat puluh", "bungkus"] {
            assert_eq!(read_packs(wrong), Err(AmountProblem::Unreadable), "{wrong}");
        }
        assert_eq!(read_packs("100001"), Err(AmountProblem::TooLarge));
        assert_eq!(
            read_packs("99999999999999999999999"),
            Err(AmountProblem::TooLarge)
        );
    }

    #[test]
    fn a_kept_sheet_fits_a_changed_lesson() {
        let step = keripik_step();
        let kept = PriceSheet {
            costs: vec!["1".into(); 9],
            prices: vec!["x".repeat(500)],
            ..PriceSheet::default()
        };
        let fitted = kept.fitted(&step);
        assert_eq!(fitted.costs.len(), step.batch.get().len());
        assert_eq!(fitted.prices.len(), step.channels.get().len());
        assert_eq!(fitted.prices[0].chars().count(), MAX_TYPED);
        let short = PriceSheet {
            costs: vec!["1".into()],
            ..PriceSheet::default()
        }
        .fitted(&step);
        assert_eq!(short.costs[1], "72.000");
    }

    #[test]
    fn the_lesson_file_rules_name_the_field() {
        let mut step = keripik_step();
        assert_eq!(step_problems(&step), vec![]);
        step.target_margin = 0;
        step.channels
            .edit(|channels| channels.to_mut()[2].fees.to_mut()[1].rate = Text::Borrowed("1,8"));
        step.batch.edit(|batch| batch.to_mut()[0].own_time = true);
        let problems = step_problems(&step);
        assert_eq!(
            crate::lesson::validate::fields_named(&problems),
            vec!["batch", "target_margin", "channels[3].fees[2].rate"]
        );
    }
}
