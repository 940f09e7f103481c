extension TemplateSnapshotTests {
    static let communeWideVI = """
        sheets: Dữ liệu | Hướng dẫn | Nguồn
        frozen: 1 rows, 1 columns
        row 1: unit_id | unit_name | parent_id | year | registered_level | CQS.01 | CQS.02 | CQS.03 | CQS.04 | \
        CQS.05 | CQS.06 | CQS.07 | CQS.08 | CQS.09 | CQS.10 | CQS.11 | CQS.12 | CQS.13 | CQS.14 | CQS.15 | CQS.16 | \
        CQS.17 | CQS.18 | CQS.19 | CQS.20 | CQS.21 | CQS.22 | CQS.23 | CQS.24 | KTS.01 | KTS.02 | KTS.03 | KTS.04 | \
        KTS.04.share | KTS.05 | XHS.01 | XHS.02 | XHS.03 | XHS.04 | XHS.05 | XHS.06 | XHS.07 | XHS.08 | XHS.09
        A2:A101 any [unit_id]
        B2:B101 any [unit_name]
        C2:C101 any [parent_id]
        D2:D101 whole 1900…2100 [year]
        E2:E101 whole 1…5 [registered_level]
        F2:F101 decimal 0…100 [CQS.01]
        G2:G101 decimal 0…100 [CQS.02]
        H2:H101 decimal 0…100 [CQS.03]
        I2:I101 list Có,Không [CQS.04]
            Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh…
            Đơn vị tính: Chế độ báo cáo
            Chọn Có hoặc Không.
            Mức 1 — Khởi động: không yêu cầu
            Mức 2 — Kết nối: không yêu cầu
            Mức 3 — Cơ bản: có
            Mức 4 — Nâng cao: có
            Mức 5 — Toàn diện: có
        J2:J101 list Có,Không [CQS.05]
        K2:K101 decimal 0…100 [CQS.06]
        L2:L101 whole 0…2147483647 [CQS.07]
        M2:M101 decimal 0…100 [CQS.08]
        N2:N101 formula OR(AND(ISNUMBER(N2),N2>=0,N2<=100),UPPER(TRIM(N2))="KAD") [CQS.09]
            Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông…
            Đơn vị tính: %
            Số từ 0 đến 100, được viết dấu phẩy thập phân (72,5); KAD nếu không áp dụng.
            Mức 1: không yêu cầu
            Mức 2: không yêu cầu
            Mức 3: ≥100%
            Mức 4: ≥100%
            Mức 5: ≥100%
        O2:O101 formula OR(AND(ISNUMBER(O2),O2>=0,O2<=100),UPPER(TRIM(O2))="KAD") [CQS.10]
        P2:P101 formula OR(AND(ISNUMBER(P2),P2>=0,P2<=100),UPPER(TRIM(P2))="KAD") [CQS.11]
        Q2:Q101 list Có,Không [CQS.12]
        R2:R101 list Có,Không [CQS.13]
        S2:S101 list Có,Không [CQS.14]
        T2:T101 list Có,Không [CQS.15]
        U2:U101 list Có,Không [CQS.16]
        V2:V101 list Có,Không [CQS.17]
        W2:W101 list Có,Không [CQS.18]
        X2:X101 list Có,Không [CQS.19]
        Y2:Y101 list Có,Không [CQS.20]
        Z2:Z101 list Có,Không [CQS.21]
        AA2:AA101 list Có,Không [CQS.22]
        AB2:AB101 list Có,Không [CQS.23]
        AC2:AC101 list Có,Không [CQS.24]
        AD2:AD101 formula OR(AND(ISNUMBER(AD2),AD2>=0,AD2<=100),UPPER(TRIM(AD2))="KAD") [KTS.01]
        AE2:AE101 formula OR(AND(ISNUMBER(AE2),AE2>=0,AE2<=100),UPPER(TRIM(AE2))="KAD") [KTS.02]
        AF2:AF101 list Có,Không,KAD [KTS.03]
            Có sản phẩm chủ lực, đặc trưng hoặc sản phẩm OCOP (nếu có) của địa phương được…
            Đơn vị tính: Sản phẩm
            Chọn Có hoặc Không; KAD nếu không áp dụng.
            Mức 1: không yêu cầu
            Mức 2: có
            Mức 3: có
            Mức 4: có
            Mức 5: có
        AG2:AG101 whole 0…2147483647 [KTS.04]
        AH2:AH101 decimal 0…100 [KTS.04.share]
            Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh…
            Đơn vị tính: %
            Số từ 0 đến 100, được viết dấu phẩy thập phân (72,5).
            Mức 1: không yêu cầu
            Mức 2: không yêu cầu
            Mức 3: ≥1
            Mức 4: ≥2
            Mức 5: ≥3 hoặc tỷ lệ ≥100%
        AI2:AI101 decimal 0…100 [KTS.05]
        AJ2:AJ101 decimal 0…100 [XHS.01]
        AK2:AK101 decimal 0…100 [XHS.02]
        AL2:AL101 decimal 0…100 [XHS.03]
        AM2:AM101 decimal 0…100 [XHS.04]
        AN2:AN101 decimal 0…100 [XHS.05]
        AO2:AO101 decimal 0…100 [XHS.06]
        AP2:AP101 formula OR(AND(ISNUMBER(AP2),AP2>=0,AP2<=100),UPPER(TRIM(AP2))="KAD") [XHS.07]
        AQ2:AQ101 list Có,Không [XHS.08]
        AR2:AR101 list Có,Không [XHS.09]
        """

    static let communeWideEN = """
        sheets: Data | Instructions | Source
        frozen: 1 rows, 1 columns
        row 1: unit_id | unit_name | parent_id | year | registered_level | CQS.01 | CQS.02 | CQS.03 | CQS.04 | \
        CQS.05 | CQS.06 | CQS.07 | CQS.08 | CQS.09 | CQS.10 | CQS.11 | CQS.12 | CQS.13 | CQS.14 | CQS.15 | CQS.16 | \
        CQS.17 | CQS.18 | CQS.19 | CQS.20 | CQS.21 | CQS.22 | CQS.23 | CQS.24 | KTS.01 | KTS.02 | KTS.03 | KTS.04 | \
        KTS.04.share | KTS.05 | XHS.01 | XHS.02 | XHS.03 | XHS.04 | XHS.05 | XHS.06 | XHS.07 | XHS.08 | XHS.09
        A2:A101 any [unit_id]
        B2:B101 any [unit_name]
        C2:C101 any [parent_id]
        D2:D101 whole 1900…2100 [year]
        E2:E101 whole 1…5 [registered_level]
        F2:F101 decimal 0…100 [CQS.01]
        G2:G101 decimal 0…100 [CQS.02]
        H2:H101 decimal 0…100 [CQS.03]
        I2:I101 list Yes,No [CQS.04]
            Periodic and statistical socio-economic reporting done on the system and…
            Unit of measurement: reporting regime
            Choose Yes or No.
            Level 1: not required
            Level 2: not required
            Level 3: yes
            Level 4: yes
            Level 5: yes
        J2:J101 list Yes,No [CQS.05]
        K2:K101 decimal 0…100 [CQS.06]
        L2:L101 whole 0…2147483647 [CQS.07]
        M2:M101 decimal 0…100 [CQS.08]
        N2:N101 formula OR(AND(ISNUMBER(N2),N2>=0,N2<=100),UPPER(TRIM(N2))="KAD") [CQS.09]
            Share of government information systems with an approved information-security…
            Unit of measurement: %
            A number from 0 to 100; a decimal comma is read (72,5); KAD if it does not apply.
            Level 1: not required
            Level 2: not required
            Level 3: ≥100%
            Level 4:…
        O2:O101 formula OR(AND(ISNUMBER(O2),O2>=0,O2<=100),UPPER(TRIM(O2))="KAD") [CQS.10]
        P2:P101 formula OR(AND(ISNUMBER(P2),P2>=0,P2<=100),UPPER(TRIM(P2))="KAD") [CQS.11]
        Q2:Q101 list Yes,No [CQS.12]
        R2:R101 list Yes,No [CQS.13]
        S2:S101 list Yes,No [CQS.14]
        T2:T101 list Yes,No [CQS.15]
        U2:U101 list Yes,No [CQS.16]
        V2:V101 list Yes,No [CQS.17]
        W2:W101 list Yes,No [CQS.18]
        X2:X101 list Yes,No [CQS.19]
        Y2:Y101 list Yes,No [CQS.20]
        Z2:Z101 list Yes,No [CQS.21]
        AA2:AA101 list Yes,No [CQS.22]
        AB2:AB101 list Yes,No [CQS.23]
        AC2:AC101 list Yes,No [CQS.24]
        AD2:AD101 formula OR(AND(ISNUMBER(AD2),AD2>=0,AD2<=100),UPPER(TRIM(AD2))="KAD") [KTS.01]
        AE2:AE101 formula OR(AND(ISNUMBER(AE2),AE2>=0,AE2<=100),UPPER(TRIM(AE2))="KAD") [KTS.02]
        AF2:AF101 list Yes,No,KAD [KTS.03]
            Key, characteristic or OCOP products (if any) of the locality listed on…
            Unit of measurement: product
            Choose Yes or No; KAD if it does not apply.
            Level 1: not required
            Level 2: yes
            Level 3: yes
            Level 4: yes
            Level 5: yes
        AG2:AG101 whole 0…2147483647 [KTS.04]
        AH2:AH101 decimal 0…100 [KTS.04.share]
            Enterprises and cooperatives applying digital technology in management,…
            Unit of measurement: %
            A number from 0 to 100; a decimal comma is read (72,5).
            Level 1: not required
            Level 2: not required
            Level 3: ≥1
            Level 4: ≥2
            Level 5: ≥3 or share ≥100%
        AI2:AI101 decimal 0…100 [KTS.05]
        AJ2:AJ101 decimal 0…100 [XHS.01]
        AK2:AK101 decimal 0…100 [XHS.02]
        AL2:AL101 decimal 0…100 [XHS.03]
        AM2:AM101 decimal 0…100 [XHS.04]
        AN2:AN101 decimal 0…100 [XHS.05]
        AO2:AO101 decimal 0…100 [XHS.06]
        AP2:AP101 formula OR(AND(ISNUMBER(AP2),AP2>=0,AP2<=100),UPPER(TRIM(AP2))="KAD") [XHS.07]
        AQ2:AQ101 list Yes,No [XHS.08]
        AR2:AR101 list Yes,No [XHS.09]
        """

    static let communeFormVI = """
        sheets: X01 | Hướng dẫn | Nguồn
        frozen: 8 rows, 0 columns
        merged: ["A1:K1"]
        row 1: Phiếu — Mức độ chuyển đổi số cấp xã (Quyết định 2361/QĐ-BTTTT)
        row 2: Mã đơn vị | X01
        row 3: Tên đơn vị | Xã Một
        row 4: Đơn vị cấp trên | H01
        row 5: Năm | [ ]
        row 6: Mức đăng ký | [ ]
        row 7: 
        row 8: Mã | Tiêu chí | Đơn vị tính | Mức 1 — Khởi động | Mức 2 — Kết nối | Mức 3 — Cơ bản | Mức 4 — Nâng cao \
        | Mức 5 — Toàn diện | Giá trị | Tài liệu kiểm chứng | Ghi chú
        row 9: CQS.01 | Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình \
        thức dịch vụ công trực tuyến toàn trình | % | ≥50% | ≥60% | ≥70% | ≥100% | ≥100% | [ ] | [ ] | [ ]
        row 10: CQS.02 | Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình | % | ≥20% | ≥30% | \
        ≥50% | ≥80% | ≥90% | [ ] | [ ] | [ ]
        B2 any [unit_id]
        B3 any [unit_name]
        B4 any [parent_id]
        B5 whole 1900…2100 [year]
        B6 whole 1…5 [registered_level]
        I9 decimal 0…100 [CQS.01]
            Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung…
            Đơn vị tính: %
            Số từ 0 đến 100, được viết dấu phẩy thập phân (72,5).
            Mức 1: ≥50%
            Mức 2: ≥60%
            Mức 3: ≥70%
            Mức 4: ≥100%
            Mức 5: ≥100%
        I10 decimal 0…100 [CQS.02]
        I11 decimal 0…100 [CQS.03]
        I12 list Có,Không [CQS.04]
        I13 list Có,Không [CQS.05]
        I14 decimal 0…100 [CQS.06]
        I15 whole 0…2147483647 [CQS.07]
        I16 decimal 0…100 [CQS.08]
        I17 formula OR(AND(ISNUMBER(I17),I17>=0,I17<=100),UPPER(TRIM(I17))="KAD") [CQS.09]
        I18 formula OR(AND(ISNUMBER(I18),I18>=0,I18<=100),UPPER(TRIM(I18))="KAD") [CQS.10]
        I19 formula OR(AND(ISNUMBER(I19),I19>=0,I19<=100),UPPER(TRIM(I19))="KAD") [CQS.11]
        I20 list Có,Không [CQS.12]
        I21 list Có,Không [CQS.13]
        I22 list Có,Không [CQS.14]
        I23 list Có,Không [CQS.15]
        I24 list Có,Không [CQS.16]
        I25 list Có,Không [CQS.17]
        I26 list Có,Không [CQS.18]
        I27 list Có,Không [CQS.19]
        I28 list Có,Không [CQS.20]
        I29 list Có,Không [CQS.21]
        I30 list Có,Không [CQS.22]
        I31 list Có,Không [CQS.23]
        I32 list Có,Không [CQS.24]
        I33 formula OR(AND(ISNUMBER(I33),I33>=0,I33<=100),UPPER(TRIM(I33))="KAD") [KTS.01]
        I34 formula OR(AND(ISNUMBER(I34),I34>=0,I34<=100),UPPER(TRIM(I34))="KAD") [KTS.02]
        I35 list Có,Không,KAD [KTS.03]
        I36 whole 0…2147483647 [KTS.04]
        I37 decimal 0…100 [KTS.04.share]
        I38 decimal 0…100 [KTS.05]
        I39 decimal 0…100 [XHS.01]
        I40 decimal 0…100 [XHS.02]
        I41 decimal 0…100 [XHS.03]
        I42 decimal 0…100 [XHS.04]
        I43 decimal 0…100 [XHS.05]
        I44 decimal 0…100 [XHS.06]
        I45 formula OR(AND(ISNUMBER(I45),I45>=0,I45<=100),UPPER(TRIM(I45))="KAD") [XHS.07]
        I46 list Có,Không [XHS.08]
        I47 list Có,Không [XHS.09]
        """

    static let communeFormEN = """
        sheets: Form | Instructions | Source
        frozen: 8 rows, 0 columns
        merged: ["A1:K1"]
        row 1: Form — Digital-transformation level of communes (Decision 2361/QĐ-BTTTT)
        row 2: Unit ID | [ ]
        row 3: Unit name | [ ]
        row 4: Parent unit | [ ]
        row 5: Year | [ ]
        row 6: Registered level | [ ]
        row 7: 
        row 8: Code | Criterion | Unit of measurement | Level 1 — Starting | Level 2 — Connecting | Level 3 — Basic | \
        Level 4 — Advanced | Level 5 — Comprehensive | Value | Evidence | Note
        row 9: CQS.01 | Share of eligible administrative procedures offered as fully online public services | % | \
        ≥50% | ≥60% | ≥70% | ≥100% | ≥100% | [ ] | [ ] | [ ]
        row 10: CQS.02 | Share of administrative procedure files processed fully online | % | ≥20% | ≥30% | ≥50% | \
        ≥80% | ≥90% | [ ] | [ ] | [ ]
        B2 any [unit_id]
        B3 any [unit_name]
        B4 any [parent_id]
        B5 whole 1900…2100 [year]
        B6 whole 1…5 [registered_level]
        I9 decimal 0…100 [CQS.01]
            Share of eligible administrative procedures offered as fully online public…
            Unit of measurement: %
            A number from 0 to 100; a decimal comma is read (72,5).
            Level 1: ≥50%
            Level 2: ≥60%
            Level 3: ≥70%
            Level 4: ≥100%
            Level 5: ≥100%
        I10 decimal 0…100 [CQS.02]
        I11 decimal 0…100 [CQS.03]
        I12 list Yes,No [CQS.04]
        I13 list Yes,No [CQS.05]
        I14 decimal 0…100 [CQS.06]
        I15 whole 0…2147483647 [CQS.07]
        I16 decimal 0…100 [CQS.08]
        I17 formula OR(AND(ISNUMBER(I17),I17>=0,I17<=100),UPPER(TRIM(I17))="KAD") [CQS.09]
        I18 formula OR(AND(ISNUMBER(I18),I18>=0,I18<=100),UPPER(TRIM(I18))="KAD") [CQS.10]
        I19 formula OR(AND(ISNUMBER(I19),I19>=0,I19<=100),UPPER(TRIM(I19))="KAD") [CQS.11]
        I20 list Yes,No [CQS.12]
        I21 list Yes,No [CQS.13]
        I22 list Yes,No [CQS.14]
        I23 list Yes,No [CQS.15]
        I24 list Yes,No [CQS.16]
        I25 list Yes,No [CQS.17]
        I26 list Yes,No [CQS.18]
        I27 list Yes,No [CQS.19]
        I28 list Yes,No [CQS.20]
        I29 list Yes,No [CQS.21]
        I30 list Yes,No [CQS.22]
        I31 list Yes,No [CQS.23]
        I32 list Yes,No [CQS.24]
        I33 formula OR(AND(ISNUMBER(I33),I33>=0,I33<=100),UPPER(TRIM(I33))="KAD") [KTS.01]
        I34 formula OR(AND(ISNUMBER(I34),I34>=0,I34<=100),UPPER(TRIM(I34))="KAD") [KTS.02]
        I35 list Yes,No,KAD [KTS.03]
        I36 whole 0…2147483647 [KTS.04]
        I37 decimal 0…100 [KTS.04.share]
        I38 decimal 0…100 [KTS.05]
        I39 decimal 0…100 [XHS.01]
        I40 decimal 0…100 [XHS.02]
        I41 decimal 0…100 [XHS.03]
        I42 decimal 0…100 [XHS.04]
        I43 decimal 0…100 [XHS.05]
        I44 decimal 0…100 [XHS.06]
        I45 formula OR(AND(ISNUMBER(I45),I45>=0,I45<=100),UPPER(TRIM(I45))="KAD") [XHS.07]
        I46 list Yes,No [XHS.08]
        I47 list Yes,No [XHS.09]
        """

    static let hueWideVI = """
        sheets: Dữ liệu | Hướng dẫn | Nguồn
        frozen: 1 rows, 1 columns
        row 1: unit_id | unit_name | parent_id | year | NT | TC | HT | NTCQ | DL | HD | AT | NL
        A2:A51 any [unit_id]
        B2:B51 any [unit_name]
        C2:C51 any [parent_id]
        D2:D51 whole 1900…2100 [year]
        E2:E51 decimal 0…8 [NT]
            Chuyển đổi nhận thức số
            Đơn vị tính: Điểm
            Số điểm từ 0 đến 8.
            Điểm tối đa: 8
            Cách tính điểm: nhập điểm
        F2:F51 decimal 0…5 [TC]
        G2:G51 decimal 0…10 [HT]
        H2:H51 decimal 0…52 [NTCQ]
        I2:I51 decimal 0…5 [DL]
        J2:J51 decimal 0…12 [HD]
        K2:K51 decimal 0…6 [AT]
        L2:L51 decimal 0…2 [NL]
        """

    static let hueWideEN = """
        sheets: Data | Instructions | Source
        frozen: 1 rows, 1 columns
        row 1: unit_id | unit_name | parent_id | year | NT | TC | HT | NTCQ | DL | HD | AT | NL
        A2:A51 any [unit_id]
        B2:B51 any [unit_name]
        C2:C51 any [parent_id]
        D2:D51 whole 1900…2100 [year]
        E2:E51 decimal 0…8 [NT]
            Digital awareness
            Unit of measurement: Points
            Points from 0 to 8.
            Maximum points: 8
            How it is scored: points
        F2:F51 decimal 0…5 [TC]
        G2:G51 decimal 0…10 [HT]
        H2:H51 decimal 0…52 [NTCQ]
        I2:I51 decimal 0…5 [DL]
        J2:J51 decimal 0…12 [HD]
        K2:K51 decimal 0…6 [AT]
        L2:L51 decimal 0…2 [NL]
        """

    static let hueFormVI = """
        sheets: Phiếu | Hướng dẫn | Nguồn
        frozen: 8 rows, 0 columns
        merged: ["A1:H1"]
        row 1: Phiếu — Bộ chỉ số đánh giá mức độ Chính quyền số các cấp tỉnh Thừa Thiên Huế
        row 2: Mã đơn vị | [ ]
        row 3: Tên đơn vị | [ ]
        row 4: Đơn vị cấp trên | [ ]
        row 5: Năm | [ ]
        row 6: 
        row 7: 
        row 8: Mã | Tiêu chí | Đơn vị tính | Điểm tối đa | Cách tính điểm | Giá trị | Tài liệu kiểm chứng | Ghi chú
        row 9: NT | Chuyển đổi nhận thức số | Điểm | 8 | nhập điểm | [ ] | [ ] | [ ]
        row 10: TC | Kiến tạo thể chế | Điểm | 5 | nhập điểm | [ ] | [ ] | [ ]
        row 11: HT | Hạ tầng và nền tảng số | Điểm | 10 | nhập điểm | [ ] | [ ] | [ ]
        row 12: NTCQ | Nền tảng chính quyền số | Điểm | 52 | nhập điểm | [ ] | [ ] | [ ]
        row 13: DL | Dữ liệu số | Điểm | 5 | nhập điểm | [ ] | [ ] | [ ]
        row 14: HD | Hoạt động chính quyền số | Điểm | 12 | nhập điểm | [ ] | [ ] | [ ]
        row 15: AT | An toàn, an ninh mạng | Điểm | 6 | nhập điểm | [ ] | [ ] | [ ]
        row 16: NL | Đào tạo và phát triển nhân lực chính quyền số | Điểm | 2 | nhập điểm | [ ] | [ ] | [ ]
        B2 any [unit_id]
        B3 any [unit_name]
        B4 any [parent_id]
        B5 whole 1900…2100 [year]
        F9 decimal 0…8 [NT]
            Chuyển đổi nhận thức số
            Đơn vị tính: Điểm
            Số điểm từ 0 đến 8.
            Điểm tối đa: 8
            Cách tính điểm: nhập điểm
        F10 decimal 0…5 [TC]
        F11 decimal 0…10 [HT]
        F12 decimal 0…52 [NTCQ]
        F13 decimal 0…5 [DL]
        F14 decimal 0…12 [HD]
        F15 decimal 0…6 [AT]
        F16 decimal 0…2 [NL]
            Đào tạo và phát triển nhân lực chính quyền số
            Đơn vị tính: Điểm
            Số điểm từ 0 đến 2.
            Điểm tối đa: 2
            Cách tính điểm: nhập điểm
        """

    static let hueFormEN = """
        sheets: HUE/01 | Instructions | Source
        frozen: 8 rows, 0 columns
        merged: ["A1:H1"]
        row 1: Form — Thừa Thiên Huế digital-government index
        row 2: Unit ID | HUE/01
        row 3: Unit name | Sở Nội vụ
        row 4: Parent unit | [ ]
        row 5: Year | [ ]
        row 6: 
        row 7: 
        row 8: Code | Criterion | Unit of measurement | Maximum points | How it is scored | Value | Evidence | Note
        row 9: NT | Digital awareness | Points | 8 | points | [ ] | [ ] | [ ]
        row 10: TC | Building institutions | Points | 5 | points | [ ] | [ ] | [ ]
        row 11: HT | Digital infrastructure and platforms | Points | 10 | points | [ ] | [ ] | [ ]
        row 12: NTCQ | Digital government platforms | Points | 52 | points | [ ] | [ ] | [ ]
        row 13: DL | Digital data | Points | 5 | points | [ ] | [ ] | [ ]
        row 14: HD | Digital government activity | Points | 12 | points | [ ] | [ ] | [ ]
        row 15: AT | Cyber safety and security | Points | 6 | points | [ ] | [ ] | [ ]
        row 16: NL | Training and developing digital-government staff | Points | 2 | points | [ ] | [ ] | [ ]
        B2 any [unit_id]
        B3 any [unit_name]
        B4 any [parent_id]
        B5 whole 1900…2100 [year]
        F9 decimal 0…8 [NT]
            Digital awareness
            Unit of measurement: Points
            Points from 0 to 8.
            Maximum points: 8
            How it is scored: points
        F10 decimal 0…5 [TC]
        F11 decimal 0…10 [HT]
        F12 decimal 0…52 [NTCQ]
        F13 decimal 0…5 [DL]
        F14 decimal 0…12 [HD]
        F15 decimal 0…6 [AT]
        F16 decimal 0…2 [NL]
            Training and developing digital-government staff
            Unit of measurement: Points
            Points from 0 to 2.
            Maximum points: 2
            How it is scored: points
        """
}
